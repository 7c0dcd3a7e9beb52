/// Everything the knowledge base holds about one actor: the actor record with its sources, its
/// relations, its dated history, the indicators that describe it and the conflicts about it.
///
/// The answer of `GET /api/v1/kb/actors/{id}`; every part carries its own sources.
public struct ActorProfile: Sendable, Encodable {
    public let actor: Actor
    /// Every relation the actor is party to, by start date.
    public let relations: [Relation]
    /// Each dated step of those relations and each incident and fact, in date order.
    public let timeline: [TimelineEntry]
    /// Indicators whose series describes the actor.
    public let indicators: [IndicatorSummary]
    /// Conflicting claims about the actor or one of its relations.
    public let conflicts: [Conflict]
}

/// An indicator without its points: enough to list it and link to its series.
public struct IndicatorSummary: Hashable, Sendable, Encodable {
    public let id: String
    public let name: String
    public let unit: String
    public let actor: String?
    /// Number of observations.
    public let points: Int
    /// Dates of the first and last observation.
    public let first: PartialDate?
    public let last: PartialDate?
    public let sources: [Citation]

    public init(_ indicator: Indicator) {
        id = indicator.id
        name = indicator.name
        unit = indicator.unit
        actor = indicator.actor
        points = indicator.points.count
        first = indicator.points.first?.date
        last = indicator.points.last?.date
        sources = indicator.sources
    }
}

extension KnowledgeBase {
    /// The profile of the actor `id` names (matched as `actorID(_:)` matches).
    /// - Throws: `KnowledgeQuestionError.notFound` naming the unknown actor.
    public func profile(of id: String) throws(KnowledgeQuestionError) -> ActorProfile {
        guard let actor = actor(id) else { throw .unknownActor(id) }
        let relations = relations(of: actor.id)
        let subjects = Set([actor.id] + relations.map(\.id))
        return ActorProfile(
            actor: actor,
            relations: relations,
            timeline: timeline(of: actor.id),
            indicators: indicators.filter { $0.actor == actor.id }.map(IndicatorSummary.init),
            conflicts: conflicts.filter { subjects.contains($0.subject) }
        )
    }
}
