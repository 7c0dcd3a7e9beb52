/// The flows a scenario cuts, as a lookup: is the product of industry k, sold by region e to a
/// buyer in region b, blocked?
struct TradeBlock {
    let regionCount: Int
    let industryCount: Int
    /// Index of each sector's industry code among the table's industry codes.
    let industryOfSector: [Int]
    private var blocked: [Bool]

    init(scenario: SanctionScenario, model: InputOutputModel) throws(ScenarioError) {
        let table = model.table
        let regions = table.regions
        guard let target = regions.firstIndex(where: { $0.uppercased() == scenario.target.uppercased() }) else {
            throw .unknownRegion(scenario.target, known: regions, field: "target")
        }
        let members = scenario.coalition.members.compactMap { regions.firstIndex(of: $0) }
        if members.contains(target) { throw .targetInCoalition(regions[target]) }
        let codes = table.industries
        let codeIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var chosen = Array(repeating: scenario.industries == nil, count: codes.count)
        for code in scenario.industries ?? [] {
            guard let k = codeIndex[code] else { throw .unknownIndustry(code, known: codes) }
            chosen[k] = true
        }
        regionCount = regions.count
        industryCount = codes.count
        industryOfSector = table.sectors.map { codeIndex[$0.code]! }
        blocked = Array(repeating: false, count: regionCount * regionCount * industryCount)
        let cutsImports = scenario.direction != .exports
        let cutsExports = scenario.direction != .imports
        for member in members {
            for k in 0..<industryCount {
                let all = scenario.retaliation
                if cutsImports && chosen[k] || cutsExports && all { set(seller: target, buyer: member, industry: k) }
                if cutsExports && chosen[k] || cutsImports && all { set(seller: member, buyer: target, industry: k) }
            }
        }
    }

    private mutating func set(seller: Int, buyer: Int, industry: Int) {
        blocked[(seller * regionCount + buyer) * industryCount + industry] = true
    }

    /// Whether the product of `industry`, sold by region `seller` to region `buyer`, is cut.
    @inline(__always)
    func isBlocked(seller: Int, buyer: Int, industry: Int) -> Bool {
        blocked[(seller * regionCount + buyer) * industryCount + industry]
    }
}
