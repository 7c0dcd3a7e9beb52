/// What a sanctions scenario costs each country, and how the cost is shared: the coordination
/// measures of issue 7. Money is in the table's currency unit (WIOD: US$ million, 2011 prices).
public struct ScenarioAssessment: Sendable, Codable {
    /// Role of a country in a scenario.
    public enum Role: String, Sendable, Codable {
        case coalition
        case target
        case bystander
    }

    /// One country's value-added change.
    public struct CountryImpact: Sendable, Codable {
        /// Region code.
        public var country: String
        /// Coalition member, target or bystander.
        public var role: Role
        /// Value added at the baseline, Σ v_j·x₀_j over the country's sectors.
        public var valueAddedBaseline: Double
        /// Change of value added, Σ v_j·(x′_j − x₀_j) (negative: a loss).
        public var valueAddedChange: Double
        /// `valueAddedChange` as a percentage of `valueAddedBaseline`.
        public var valueAddedChangePercent: Double
    }

    /// A group's combined change.
    public struct GroupCost: Sendable, Codable {
        /// Combined value-added change.
        public var valueAddedChange: Double
        /// Combined change as a percentage of the group's combined baseline value added.
        public var valueAddedChangePercent: Double
    }

    /// How one member's loss compares with its weight in the coalition.
    public struct BurdenShare: Sendable, Codable {
        /// Region code.
        public var country: String
        /// Share of the coalition's combined value-added losses, in percent (members that gain count
        /// as losing nothing, so shares lie between 0 and 100 and add up to 100 when anyone loses).
        public var shareOfLossPercent: Double
        /// Share of the coalition's combined baseline value added, in percent.
        public var shareOfValueAddedPercent: Double
        /// `shareOfLossPercent / shareOfValueAddedPercent`: above 1 the member bears more than its weight.
        public var burdenIndex: Double
    }

    /// A sector that loses much value added.
    public struct IndustryExposure: Sendable, Codable {
        /// Region code.
        public var country: String
        /// Industry code, e.g. `c14`.
        public var industry: String
        /// Industry name, when the table has names.
        public var industryName: String?
        /// Change of the sector's value added.
        public var valueAddedChange: Double
        /// Change of the sector's gross output, in percent.
        public var outputChangePercent: Double
    }

    /// The scenario assessed.
    public var scenario: SanctionScenario
    /// Name of the table.
    public var table: String
    /// Every country of the table, in table order.
    public var countries: [CountryImpact]
    /// The coalition's combined cost.
    public var coalitionCost: GroupCost
    /// The target's cost.
    public var targetCost: GroupCost
    /// Leverage: the target's value-added loss divided by the coalition's combined loss (absolute
    /// amounts); nil when the coalition loses nothing. Above 1, the target loses more than the coalition.
    public var leverage: Double?
    /// The burden split across coalition members, largest share of loss first.
    public var burden: [BurdenShare]
    /// For each coalition member, its sectors with the largest value-added losses.
    public var exposedIndustries: [IndustryExposure]
    /// Countries outside coalition and target, largest percentage loss first.
    public var bystanders: [CountryImpact]
    /// Block Gauss–Seidel sweeps the solve took.
    public var solverSweeps: Int
}
