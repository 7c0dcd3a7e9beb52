/// The partnership knowledge base: actors, relations, indicators, events and conflicting claims,
/// each with its sources, as loaded and validated by `KnowledgeLoader`.
///
/// A value type: build it once, share it freely across tasks. Queries live in extensions
/// (`KnowledgeBase+Queries.swift`, `NetworkMeasures.swift`).
public struct KnowledgeBase: Sendable {
    public let publications: [Publication]
    public let actors: [Actor]
    public let relations: [Relation]
    public let indicators: [Indicator]
    public let events: [Event]
    public let conflicts: [Conflict]

    private let actorIndex: [String: Int]
    private let relationIndex: [String: Int]
    private let publicationIndex: [String: Int]

    /// Makes a knowledge base from parts that are already valid; `KnowledgeLoader` checks them.
    public init(
        publications: [Publication],
        actors: [Actor],
        relations: [Relation],
        indicators: [Indicator],
        events: [Event],
        conflicts: [Conflict]
    ) {
        self.publications = publications
        self.actors = actors.sorted { $0.id < $1.id }
        self.relations = relations.sorted { PartialDate.precedes($0.start, $1.start, tie: $0.id < $1.id) }
        self.indicators = indicators.sorted { $0.id < $1.id }
        self.events = events.sorted { $0.date == $1.date ? $0.id < $1.id : $0.date < $1.date }
        self.conflicts = conflicts.sorted { $0.id < $1.id }
        self.actorIndex = Dictionary(self.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.relationIndex = Dictionary(
            self.relations.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { a, _ in a }
        )
        self.publicationIndex = Dictionary(
            publications.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { a, _ in a }
        )
    }

    /// The actor with this id, if any (ids are matched exactly, then case-insensitively).
    public func actor(_ id: String) -> Actor? {
        if let index = actorIndex[id] { return actors[index] }
        return actors.first { $0.id.lowercased() == id.lowercased() }
    }

    /// The relation with this id, if any.
    public func relation(_ id: String) -> Relation? {
        relationIndex[id].map { relations[$0] }
    }

    /// The publication with this id, if any.
    public func publication(_ id: String) -> Publication? {
        publicationIndex[id].map { publications[$0] }
    }

    /// The indicator with this id, if any.
    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.id == id }
    }

    /// Conflicts about the relation, actor, event or indicator `subject`.
    public func conflicts(about subject: String) -> [Conflict] {
        conflicts.filter { $0.subject == subject }
    }

    /// Counts of each kind of record, for `kizuna kb check`.
    public var counts: [(name: String, count: Int)] {
        [
            ("publications", publications.count),
            ("actors", actors.count),
            ("relations", relations.count),
            ("indicators", indicators.count),
            ("indicator points", indicators.reduce(0) { $0 + $1.points.count }),
            ("incidents", events.filter { $0.category == .incident }.count),
            ("dated facts", events.filter { $0.category == .fact }.count),
            ("conflicts", conflicts.count),
        ]
    }

    /// Every citation anywhere in the base, for checking that each fact traces to a source.
    public var allCitations: [Citation] {
        actors.flatMap(\.sources) + relations.flatMap(\.sources) + indicators.flatMap(\.sources)
            + events.flatMap(\.sources) + conflicts.flatMap(\.sources)
    }
}

extension PartialDate {
    /// Orders optional dates with undated records first, then ties by `tie`.
    static func precedes(_ lhs: PartialDate?, _ rhs: PartialDate?, tie: Bool) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): tie
        case (nil, _): true
        case (_, nil): false
        case (let l?, let r?): l == r ? tie : l < r
        }
    }
}
