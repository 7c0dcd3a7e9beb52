/// Questions asked of the knowledge base: who is tied to whom, what happened when, how two
/// actors connect, where a word appears. Every answer carries its sources.
extension KnowledgeBase {
    /// Relations that involve `actor` (and `other`, when given), optionally only those that held
    /// on `asOf`. Sorted by start date.
    public func relations(of actor: String, with other: String? = nil, asOf: PartialDate? = nil) -> [Relation] {
        relations.filter { relation in
            relation.involves(actor) && (other.map(relation.involves) ?? true)
                && (asOf.map(relation.holds(on:)) ?? true)
        }
    }

    /// Relations that held on `day`: the as-of network, positions and rivalries included.
    public func relations(asOf day: PartialDate) -> [Relation] {
        relations.filter { $0.holds(on: day) }
    }

    /// Events that involve `actor` (and `other`, when given), in date order.
    public func events(of actor: String, with other: String? = nil) -> [Event] {
        events.filter { event in
            event.actors.contains(actor) && (other.map(event.actors.contains) ?? true)
        }
    }

    /// The dated history of `actor` (with `other`, when given): each step of each relation and
    /// each event, in date order.
    public func timeline(of actor: String, with other: String? = nil) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for relation in relations(of: actor, with: other) {
            for step in relation.milestones {
                entries.append(
                    TimelineEntry(
                        date: step.date,
                        label: step.label,
                        recordID: relation.id,
                        recordType: "relation",
                        title: relation.name,
                        actors: relation.actors,
                        sources: relation.sources
                    )
                )
            }
        }
        for event in events(of: actor, with: other) {
            entries.append(
                TimelineEntry(
                    date: event.date,
                    label: event.kind.rawValue,
                    recordID: event.id,
                    recordType: event.category.rawValue,
                    title: event.summary,
                    actors: event.actors,
                    sources: event.sources
                )
            )
        }
        return entries.sorted { $0.date == $1.date ? $0.recordID < $1.recordID : $0.date < $1.date }
    }

    /// A shortest chain of cooperative relations from `from` to `to`, on `asOf` when given (else
    /// over every relation that ever held). Nil when they are not connected; empty when
    /// `from == to`.
    public func path(from: String, to: String, asOf: PartialDate? = nil) -> [PathStep]? {
        if from == to { return [] }
        let usable = relations.filter { relation in
            relation.kind.isCooperative
                && (asOf.map(relation.holds(on:)) ?? relation.status.cameIntoBeing)
        }
        var neighbours: [String: [(actor: String, relation: Relation)]] = [:]
        for relation in usable {
            for a in relation.actors {
                for b in relation.actors where a != b {
                    neighbours[a, default: []].append((b, relation))
                }
            }
        }
        var previous: [String: (actor: String, relation: Relation)] = [:]
        var queue = [from]
        var visited: Set<String> = [from]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for (next, relation) in neighbours[current, default: []] where !visited.contains(next) {
                visited.insert(next)
                previous[next] = (current, relation)
                if next == to {
                    var steps: [PathStep] = []
                    var cursor = to
                    while let (before, via) = previous[cursor] {
                        steps.append(PathStep(from: before, to: cursor, relation: via))
                        cursor = before
                    }
                    return steps.reversed()
                }
                queue.append(next)
            }
        }
        return nil
    }

    /// Records whose id, name, aliases or summary contain `text` (case-insensitive), with their
    /// sources.
    public func search(_ text: String) -> [SearchHit] {
        let needle = text.lowercased()
        func matches(_ fields: [String?]) -> Bool {
            fields.contains { $0?.lowercased().contains(needle) ?? false }
        }
        var hits: [SearchHit] = []
        for actor in actors where matches([actor.id, actor.name, actor.summary] + actor.aliases) {
            hits.append(
                SearchHit(recordType: "actor", id: actor.id, title: actor.name, date: nil, sources: actor.sources)
            )
        }
        for relation in relations where matches([relation.id, relation.name, relation.summary]) {
            hits.append(
                SearchHit(
                    recordType: "relation",
                    id: relation.id,
                    title: relation.name,
                    date: relation.start,
                    sources: relation.sources
                )
            )
        }
        for event in events where matches([event.id, event.summary, event.place]) {
            hits.append(
                SearchHit(
                    recordType: event.category.rawValue,
                    id: event.id,
                    title: event.summary,
                    date: event.date,
                    sources: event.sources
                )
            )
        }
        for indicator in indicators where matches([indicator.id, indicator.name, indicator.summary]) {
            hits.append(
                SearchHit(
                    recordType: "indicator",
                    id: indicator.id,
                    title: indicator.name,
                    date: indicator.points.last?.date,
                    sources: indicator.sources
                )
            )
        }
        for conflict in conflicts where matches([conflict.id, conflict.summary, conflict.resolution.note]) {
            hits.append(
                SearchHit(
                    recordType: "conflict",
                    id: conflict.id,
                    title: conflict.summary,
                    date: nil,
                    sources: conflict.sources
                )
            )
        }
        return hits
    }
}

/// One dated step in an actor's history.
public struct TimelineEntry: Hashable, Sendable, Codable {
    public let date: PartialDate
    /// What happened on the date: `signed`, `upgraded`, `missile-launch`…
    public let label: String
    public let recordID: String
    /// `relation`, `incident` or `fact`.
    public let recordType: String
    public let title: String
    public let actors: [String]
    public let sources: [Citation]

    enum CodingKeys: String, CodingKey {
        case date, label, title, actors, sources
        case recordID = "id"
        case recordType = "type"
    }
}

/// One hop of a path: two actors and the relation that ties them.
public struct PathStep: Hashable, Sendable, Encodable {
    public let from: String
    public let to: String
    public let relation: Relation
}

/// A record that matched a search.
public struct SearchHit: Hashable, Sendable, Encodable {
    /// `actor`, `relation`, `incident`, `fact`, `indicator` or `conflict`.
    public let recordType: String
    public let id: String
    public let title: String
    public let date: PartialDate?
    public let sources: [Citation]

    enum CodingKeys: String, CodingKey {
        case id, title, date, sources
        case recordType = "type"
    }
}
