/// A set of countries acting together, resolved against the regions of one table.
///
/// Written as a comma-separated list of region codes and aliases: `JPN`, `JPN,EU`, `G7,EU,KOR,AUS`.
/// Aliases expand to the members present in the table; members the table folds into its rest of
/// the world (Croatia and New Zealand in WIOD 2013) are listed in `absent`.
public struct Coalition: Sendable, Codable, Hashable {
    /// The coalition as written, e.g. `G7,EU`.
    public let name: String
    /// Region codes of the table that are members, in table order.
    public let members: [String]
    /// Members named (directly or by an alias) that the table does not have as regions.
    public let absent: [String]

    /// Aliases and their members as ISO 3166 alpha-3 codes.
    ///
    /// - `EU`: the 27 member states since 1 February 2020 (United Kingdom out, Croatia in since 2013).
    /// - `G7`: Canada, France, Germany, Italy, Japan, United Kingdom, United States (the EU also
    ///   attends G7 summits; add `EU` to include it).
    /// - `IP4`: NATO's Indo-Pacific partners: Australia, Japan, New Zealand, South Korea.
    /// - `QUAD`: the Quadrilateral Security Dialogue: Australia, India, Japan, United States.
    public static let aliases: [String: [String]] = [
        "EU": [
            "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
            "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
        ],
        "G7": ["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"],
        "IP4": ["AUS", "JPN", "NZL", "KOR"],
        "QUAD": ["AUS", "IND", "JPN", "USA"],
    ]

    /// Codes some tables use instead of ISO 3166 alpha-3 (WIOD writes Romania `ROM`).
    public static let legacyCodes: [String: String] = ["ROU": "ROM"]

    /// Resolves `spec` against `regions`; throws `ScenarioError` for an unknown code or alias or an
    /// empty result.
    public init(_ spec: String, regions: [String]) throws(ScenarioError) {
        let byUpper = Dictionary(regions.map { ($0.uppercased(), $0) }, uniquingKeysWith: { a, _ in a })
        var wanted = Set<String>()
        var absent: [String] = []
        let parts = spec.split(separator: ",").map { $0.trimmingSpaces().uppercased() }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { throw .emptyCoalition(spec) }
        for part in parts {
            let expanded: [String]
            if let alias = Self.aliases[part] {
                expanded = alias
            } else if byUpper[part] != nil || Self.legacyCodes[part].flatMap({ byUpper[$0] }) != nil {
                expanded = [part]
            } else {
                throw .unknownRegion(part, known: regions, field: "coalition")
            }
            for code in expanded {
                if let region = byUpper[code] ?? Self.legacyCodes[code].flatMap({ byUpper[$0] }) {
                    wanted.insert(region)
                } else if !absent.contains(code) {
                    absent.append(code)
                }
            }
        }
        guard !wanted.isEmpty else { throw .emptyCoalition(spec) }
        self.name = parts.joined(separator: ",")
        self.members = regions.filter { wanted.contains($0) }
        self.absent = absent
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
