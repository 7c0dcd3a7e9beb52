/// Sources that disagree about one fact, held side by side, with the record's answer.
///
/// A conflict names what it is about (`subject`, the id of a relation, actor, event or
/// indicator, and the `field` in question), lists each source's claim, and says how it was
/// settled: corrected by another cited source, reconciled (both right about different things),
/// or left open.
public struct Conflict: Hashable, Sendable, Codable {
    /// How a conflict was settled.
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        /// A further cited source shows which claim, if any, is right.
        case corrected
        /// The claims measure or describe different things; both stand.
        case reconciled
        /// Not settled.
        case open
    }

    public let id: String
    /// Id of the relation, actor, event or indicator the claims are about.
    public let subject: String
    /// The attribute in dispute: `actors`, `signed`, `start`, `status`, `value`…
    public let field: String
    /// What is in dispute, in the project's own words.
    public let summary: String
    public internal(set) var claims: [Claim]
    public internal(set) var resolution: Resolution

    public init(id: String, subject: String, field: String, summary: String, claims: [Claim], resolution: Resolution) {
        self.id = id
        self.subject = subject
        self.field = field
        self.summary = summary
        self.claims = claims
        self.resolution = resolution
    }

    /// Every citation, claims first, then the resolution's.
    public var sources: [Citation] { claims.flatMap(\.sources) + resolution.sources }
}

/// What one or more sources assert about a field.
public struct Claim: Hashable, Sendable, Codable {
    /// The asserted value, as text (`AUS, NZL, USA`, `2022`).
    public let value: String
    public internal(set) var sources: [Citation]

    public init(value: String, sources: [Citation]) {
        self.value = value
        self.sources = sources
    }
}

/// The record's answer to a conflict.
public struct Resolution: Hashable, Sendable, Codable {
    public let outcome: Conflict.Outcome
    /// The value the knowledge base keeps, when there is one.
    public let value: String?
    /// Why, in the project's own words.
    public let note: String
    /// The correcting sources (required unless the outcome is `open`).
    public internal(set) var sources: [Citation]

    public init(outcome: Conflict.Outcome, value: String?, note: String, sources: [Citation]) {
        self.outcome = outcome
        self.value = value
        self.note = note
        self.sources = sources
    }
}
