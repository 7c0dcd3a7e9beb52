/// What sort of tie a relation is. The dataset spells kinds in kebab case.
public enum RelationKind: String, Sendable, Codable, CaseIterable {
    case allianceTreaty = "alliance-treaty"
    case partnershipProgramme = "partnership-programme"
    case reciprocalAccess = "reciprocal-access"
    case defenceAgreement = "defence-agreement"
    case liaisonOffice = "liaison-office"
    case mission
    case membership
    case dialogue
    case jointExercise = "joint-exercise"
    case coDevelopment = "co-development"
    case tradeAgreement = "trade-agreement"
    case assistance
    case position
    case rivalry

    /// True for ties that make two actors partners in the network measures. Positions and
    /// rivalries are relations too, but they do not connect a network of cooperation.
    public var isCooperative: Bool {
        switch self {
        case .position, .rivalry: false
        default: true
        }
    }

    /// True for ties that make up the security network of the measures: cooperative ties other
    /// than trade agreements (trade links Japan and China without making them security partners).
    public var isSecurityTie: Bool { isCooperative && self != .tradeAgreement }
}

/// Where a relation stands. The dataset spells statuses in kebab case.
public enum RelationStatus: String, Sendable, Codable, CaseIterable {
    /// Put forward, not agreed.
    case proposed
    /// Under negotiation.
    case negotiating
    /// Decided or announced, not yet begun.
    case planned
    /// Proposed and stopped by a party's opposition.
    case blocked
    /// Signed, not (known to be) in force.
    case signed
    /// In force or otherwise active.
    case active
    /// Suspended, possibly later resumed (see its dates).
    case suspended
    /// Over: withdrawn, expired, superseded or closed.
    case ended

    /// True when the relation has begun at some point (as opposed to a plan).
    public var cameIntoBeing: Bool {
        switch self {
        case .proposed, .negotiating, .planned, .blocked: false
        case .signed, .active, .suspended, .ended: true
        }
    }
}
