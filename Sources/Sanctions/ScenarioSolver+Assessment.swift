extension ScenarioSolver {
    /// Solves `scenario` and computes the coordination measures.
    ///
    /// - Parameters:
    ///   - industriesPerMember: how many most exposed sectors to list for each coalition member.
    ///   - bystanderCount: how many bystanders to list.
    /// - Throws: `ScenarioError` for an unknown target or industry, a target inside the coalition,
    ///   or a system that cannot be solved.
    public func assess(
        _ scenario: SanctionScenario,
        industriesPerMember: Int = 3,
        bystanderCount: Int = 8
    ) throws(ScenarioError) -> ScenarioAssessment {
        let (output, x0, sweeps) = try self.output(for: scenario)
        let table = model.table
        let v = model.valueAddedCoefficients
        let sectorChange = (0..<table.sectorCount).map { v[$0] * (output[$0] - x0[$0]) }
        let baseline = model.sumByRegion((0..<table.sectorCount).map { v[$0] * x0[$0] })
        let change = model.sumByRegion(sectorChange)
        let members = Set(scenario.coalition.members)
        let target = table.regions.first { $0.uppercased() == scenario.target.uppercased() } ?? scenario.target
        let countries = table.regions.enumerated().map { r, code in
            ScenarioAssessment.CountryImpact(
                country: code,
                role: code == target ? .target : members.contains(code) ? .coalition : .bystander,
                valueAddedBaseline: baseline[r],
                valueAddedChange: change[r],
                valueAddedChangePercent: Self.percent(change[r], of: baseline[r])
            )
        }
        let coalition = countries.filter { $0.role == .coalition }
        let coalitionBase = coalition.reduce(0) { $0 + $1.valueAddedBaseline }
        let coalitionChange = coalition.reduce(0) { $0 + $1.valueAddedChange }
        let targetImpact = countries.first { $0.role == .target }!
        let grossLoss = coalition.reduce(0) { $0 + min($1.valueAddedChange, 0) }
        let burden = coalition.map { member in
            let loss = Self.percent(max(-member.valueAddedChange, 0), of: -grossLoss)
            let weight = Self.percent(member.valueAddedBaseline, of: coalitionBase)
            return ScenarioAssessment.BurdenShare(
                country: member.country,
                shareOfLossPercent: loss,
                shareOfValueAddedPercent: weight,
                burdenIndex: weight > 0 ? loss / weight : 0
            )
        }.sorted { $0.shareOfLossPercent > $1.shareOfLossPercent }
        var exposed: [ScenarioAssessment.IndustryExposure] = []
        for (r, code) in table.regions.enumerated() where members.contains(code) {
            let worst = table.regionRanges[r].sorted { sectorChange[$0] < sectorChange[$1] }.prefix(industriesPerMember)
            for j in worst where sectorChange[j] < 0 {
                let industry = table.sectors[j].code
                exposed.append(
                    .init(
                        country: code,
                        industry: industry,
                        industryName: table.industryNames[industry],
                        valueAddedChange: sectorChange[j],
                        outputChangePercent: Self.percent(output[j] - x0[j], of: x0[j])
                    )
                )
            }
        }
        let bystanders = countries.filter { $0.role == .bystander }
            .sorted { $0.valueAddedChangePercent < $1.valueAddedChangePercent }
            .prefix(bystanderCount)
        return ScenarioAssessment(
            scenario: scenario,
            table: table.name,
            countries: countries,
            coalitionCost: .init(
                valueAddedChange: coalitionChange,
                valueAddedChangePercent: Self.percent(coalitionChange, of: coalitionBase)
            ),
            targetCost: .init(
                valueAddedChange: targetImpact.valueAddedChange,
                valueAddedChangePercent: targetImpact.valueAddedChangePercent
            ),
            leverage: coalitionChange < 0 ? targetImpact.valueAddedChange / coalitionChange : nil,
            burden: burden,
            exposedIndustries: exposed,
            bystanders: Array(bystanders),
            solverSweeps: sweeps
        )
    }

    private static func percent(_ part: Double, of whole: Double) -> Double {
        whole != 0 ? 100 * part / whole : 0
    }
}
