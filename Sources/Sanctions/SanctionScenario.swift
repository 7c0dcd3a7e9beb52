/// Which trade a sanctions package cuts between the coalition and the target.
public enum TradeDirection: String, Sendable, Codable, CaseIterable {
    /// The coalition stops buying the target's products (the target's exports to the coalition).
    case imports
    /// The coalition stops selling to the target (export controls).
    case exports
    /// Both at once.
    case both
}

/// How the economy responds when a flow is cut (docs/sanctions.md, "Scenarios").
public enum ScenarioMethod: String, Sendable, Codable, CaseIterable {
    /// Issue 7's baseline, demand-driven (Leontief): blocked flows vanish from A and from final
    /// demand and nothing replaces them; sellers lose the sales and everything upstream of them.
    case baseline
    /// Demand-driven with re-sourcing: buyers replace a blocked product by the suppliers still
    /// open to them (domestic ones included), in proportion to their existing shares; when none is
    /// open, the flow is lost.
    case resourcing
    /// Supply-driven (Ghosh): a buyer that loses an input produces less, in proportion, and so do
    /// its customers downstream; sellers keep their output. Final-demand cuts have no effect.
    case supply
}

/// One sanctions package: a coalition, a target, which flows are cut and how the economy responds.
public struct SanctionScenario: Sendable, Codable, Hashable {
    /// The sanctioning coalition.
    public var coalition: Coalition
    /// The target region code, e.g. `CHN`.
    public var target: String
    /// Which flows are cut.
    public var direction: TradeDirection
    /// Industry codes whose products are cut (the seller's industry); nil for all industries.
    public var industries: [String]?
    /// When true the target answers by cutting the opposite direction in all industries.
    public var retaliation: Bool
    /// How the economy responds.
    public var method: ScenarioMethod

    /// A scenario; see the properties.
    public init(
        coalition: Coalition,
        target: String,
        direction: TradeDirection,
        industries: [String]? = nil,
        retaliation: Bool = false,
        method: ScenarioMethod = .baseline
    ) {
        self.coalition = coalition
        self.target = target
        self.direction = direction
        self.industries = industries
        self.retaliation = retaliation
        self.method = method
    }
}
