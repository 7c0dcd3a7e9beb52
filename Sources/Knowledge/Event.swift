/// A dated fact that is not a standing relation: an incident (a missile launch, an evacuation
/// order, a joint patrol) or a dated decision, summit, law or statement.
public struct Event: Hashable, Sendable, Codable {
    /// Incidents are things that happened on the ground, in the air or at sea; facts are the rest.
    public enum Category: String, Sendable, Codable, CaseIterable {
        case incident
        case fact
    }

    /// What sort of event it is. The dataset spells kinds in kebab case.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case missileLaunch = "missile-launch"
        case evacuationOrder = "evacuation-order"
        case jointPatrol = "joint-patrol"
        case scramble
        case incursion
        case deployment
        case exercise
        case war
        case disaster
        case policy
        case law
        case summit
        case statement
        case election
        case sanction
        case aid
    }

    public let id: String
    public let category: Category
    public let kind: Kind
    public let date: PartialDate
    /// Where it happened, when that matters.
    public let place: String?
    public let actors: [String]
    /// What happened, in the project's own words.
    public let summary: String
    public internal(set) var sources: [Citation]

    public init(
        id: String,
        category: Category,
        kind: Kind,
        date: PartialDate,
        place: String? = nil,
        actors: [String],
        summary: String,
        sources: [Citation]
    ) {
        self.id = id
        self.category = category
        self.kind = kind
        self.date = date
        self.place = place
        self.actors = actors
        self.summary = summary
        self.sources = sources
    }
}
