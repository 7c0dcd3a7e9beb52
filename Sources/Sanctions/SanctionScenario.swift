/// Which trade a sanctions package cuts between the coalition and the target.
public enum TradeDirection: String, Sendable, Codable, CaseIterable {
    /// The coalition stops buying the target's products (the target's exports to the coalition).
    case imports
    /// The coalition stops selling to the target (export controls).
    case exports
    /// Both at once.
    case both
}

/// How buyers respond when a flow is cut.
public enum SubstitutionMethod: String, Sendable, Codable, CaseIterable {
    /// Issue 7's baseline: blocked flows vanish from A and from final demand, nothing replaces them.
    case baseline
    /// Buyers re-source a blocked product from the suppliers still open to them (domestic ones
    /// included), in proportion to their existing shares; when none is open, the flow is lost.
    case resourcing
}

/// One sanctions package: a coalition, a target, which flows are cut and how buyers respond.
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
    /// How buyers respond.
    public var method: SubstitutionMethod

    /// A scenario; see the properties.
    public init(
        coalition: Coalition,
        target: String,
        direction: TradeDirection,
        industries: [String]? = nil,
        retaliation: Bool = false,
        method: SubstitutionMethod = .baseline
    ) {
        self.coalition = coalition
        self.target = target
        self.direction = direction
        self.industries = industries
        self.retaliation = retaliation
        self.method = method
    }
}
