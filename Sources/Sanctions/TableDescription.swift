/// What a loaded table offers the planner: its countries, industries, coalition aliases, the
/// directions and methods, and the year its structure is from. The node answers it at
/// `GET /api/v1/sanctions`; the planner page fills its pickers from it.
public struct TableDescription: Sendable, Codable {
    /// A region or industry code with its name.
    public struct Entry: Sendable, Codable, Hashable {
        /// Code as in the table (`JPN`, `c14`).
        public var code: String
        /// Name, when known.
        public var name: String?
    }

    /// An alias resolved against the table.
    public struct Alias: Sendable, Codable, Hashable {
        /// `EU`, `G7`, `IP4` or `QUAD`.
        public var alias: String
        /// Members the table has, as its region codes, in table order.
        public var members: [String]
        /// Members the table folds into its rest of the world.
        public var absent: [String]
    }

    /// A choice with a one-line explanation (docs/sanctions.md has the full assumptions).
    public struct Choice: Sendable, Codable, Hashable {
        /// The value to send.
        public var name: String
        /// What it means.
        public var summary: String
    }

    /// The table's name, e.g. `wiod2013_2011`.
    public var table: String
    /// The year the data describe, read from the table's name; nil when the name has none.
    public var dataYear: Int?
    /// Why results are not about today's economy.
    public var note: String
    /// Unit of money in results.
    public var unit: String
    /// Number of sectors (regions × industries).
    public var sectorCount: Int
    /// Regions in table order.
    public var countries: [Entry]
    /// Industries in table order.
    public var industries: [Entry]
    /// Coalition aliases.
    public var aliases: [Alias]
    /// Values of `direction`.
    public var directions: [Choice]
    /// Values of `method`.
    public var methods: [Choice]

    /// Describes `table`.
    public init(table: InputOutputTable) {
        self.table = table.name
        dataYear = Self.year(in: table.name)
        note = Self.caveat(tableName: table.name)
        unit = "the table's currency unit (WIOD: US$ million at the data year's prices)"
        sectorCount = table.sectorCount
        countries = table.regions.map { Entry(code: $0, name: RegionNames.name(of: $0)) }
        industries = table.industries.map { Entry(code: $0, name: table.industryNames[$0]) }
        aliases = Coalition.aliases.keys.sorted().map { alias in
            let resolved = try? Coalition(alias, regions: table.regions)
            return Alias(
                alias: alias,
                members: resolved?.members ?? [],
                absent: resolved?.absent ?? Coalition.aliases[alias] ?? []
            )
        }
        directions = [
            Choice(name: "imports", summary: "the coalition stops buying the target's products"),
            Choice(name: "exports", summary: "the coalition stops selling to the target (export controls)"),
            Choice(name: "both", summary: "both at once"),
        ]
        methods = [
            Choice(name: "baseline", summary: "demand-driven; blocked flows vanish and nothing replaces them"),
            Choice(
                name: "resourcing",
                summary: "demand-driven; buyers switch to open suppliers in proportion to their shares"
            ),
            Choice(name: "supply", summary: "supply-driven (Ghosh); a buyer that loses inputs produces less"),
        ]
    }

    /// The warning every result carries: the table's structure is its data year's, not today's.
    public static func caveat(tableName: String) -> String {
        let year = year(in: tableName).map(String.init) ?? "the table's data year"
        return "Structure of \(year) (table \(tableName)), not today's: trade and value chains have changed since;"
            + " docs/sanctions.md says what each method assumes."
    }

    /// The last run of exactly four digits between 1950 and 2100 in `name` (`wiod2013_2011` → 2011).
    static func year(in name: String) -> Int? {
        var runs: [Int] = []
        var digits = ""
        for character in name + "_" {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                if digits.count == 4, let value = Int(digits), (1950...2100).contains(value) { runs.append(value) }
                digits = ""
            }
        }
        return runs.last
    }
}
