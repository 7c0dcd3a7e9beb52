/// A tie between actors: a treaty, a partnership programme, an office, a membership, a position
/// one actor takes on another's plan.
///
/// Dates are partial (see `PartialDate`). A relation *holds* on a day when its status says it
/// came into being (not merely proposed, planned or blocked), it has started by that day, it is
/// not suspended then, and it has not ended. A start known only to the year counts from the
/// year's first day; an end known only to the year counts through its last day.
public struct Relation: Hashable, Sendable {
    public let id: String
    public let name: String
    public let kind: RelationKind
    /// Actor ids, in the order the dataset lists them (for a membership: member, then body).
    public let actors: [String]
    public let dates: RelationDates
    public let status: RelationStatus
    public let domains: [CooperationDomain]
    /// For a `position`: `support` or `opposition`.
    public let stance: Stance?
    /// For a `position`: the id of the relation the position is about.
    public let subject: String?
    /// A short account in the project's own words.
    public let summary: String?
    public internal(set) var sources: [Citation]

    /// Support for or opposition to a plan.
    public enum Stance: String, Sendable, Codable, CaseIterable {
        case support
        case opposition
    }

    public init(
        id: String,
        name: String,
        kind: RelationKind,
        actors: [String],
        dates: RelationDates,
        status: RelationStatus,
        domains: [CooperationDomain] = [],
        stance: Stance? = nil,
        subject: String? = nil,
        summary: String? = nil,
        sources: [Citation]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.actors = actors
        self.dates = dates
        self.status = status
        self.domains = domains
        self.stance = stance
        self.subject = subject
        self.summary = summary
        self.sources = sources
    }

    /// When the relation began: its explicit start, else its signature, else its entry into force,
    /// else (for a plan that never happened) when it was proposed.
    public var start: PartialDate? {
        dates.start ?? dates.signed ?? dates.inForce ?? dates.proposed
    }

    /// When the relation ended, if it has.
    public var end: PartialDate? { dates.ended }

    /// True when the relation connects `actor`.
    public func involves(_ actor: String) -> Bool { actors.contains(actor) }

    /// True when the relation held on `day` (read as its first day if it is partial).
    public func holds(on day: PartialDate) -> Bool {
        guard status.cameIntoBeing, let start = dates.start ?? dates.signed ?? dates.inForce else {
            return false
        }
        let day = day.firstDay
        guard start.firstDay <= day else { return false }
        if let ended = dates.ended, ended.lastDay < day { return false }
        if let suspended = dates.suspended, suspended.firstDay <= day {
            guard let resumed = dates.resumed, resumed.firstDay <= day else { return false }
        }
        return true
    }

    /// Every dated step of the relation, in order: proposed, signed, upgraded, suspended…
    public var milestones: [(label: String, date: PartialDate)] {
        var steps: [(label: String, date: PartialDate)] = []
        if let date = dates.proposed { steps.append(("proposed", date)) }
        if let date = dates.start { steps.append(("started", date)) }
        if let date = dates.signed { steps.append(("signed", date)) }
        if let date = dates.inForce { steps.append(("in force", date)) }
        for date in dates.upgraded { steps.append(("upgraded", date)) }
        if let date = dates.suspended { steps.append(("suspended", date)) }
        if let date = dates.resumed { steps.append(("resumed", date)) }
        if let date = dates.ended { steps.append(("ended", date)) }
        return steps.sorted { $0.date < $1.date }
    }
}

/// The dated steps of a relation; each is optional and may be partial.
public struct RelationDates: Hashable, Sendable, Codable {
    public var proposed: PartialDate?
    /// A generic start (joined, formed, opened) for relations that are not signed.
    public var start: PartialDate?
    public var signed: PartialDate?
    public var inForce: PartialDate?
    public var upgraded: [PartialDate]
    public var suspended: PartialDate?
    public var resumed: PartialDate?
    public var ended: PartialDate?

    public init(
        proposed: PartialDate? = nil,
        start: PartialDate? = nil,
        signed: PartialDate? = nil,
        inForce: PartialDate? = nil,
        upgraded: [PartialDate] = [],
        suspended: PartialDate? = nil,
        resumed: PartialDate? = nil,
        ended: PartialDate? = nil
    ) {
        self.proposed = proposed
        self.start = start
        self.signed = signed
        self.inForce = inForce
        self.upgraded = upgraded
        self.suspended = suspended
        self.resumed = resumed
        self.ended = ended
    }

    enum CodingKeys: String, CodingKey {
        case proposed, start, signed, upgraded, suspended, resumed, ended
        case inForce = "in_force"
    }
}

extension Relation: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, name, kind, actors, start, end, status, domains, stance, subject, dates, summary, sources
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(actors, forKey: .actors)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(status, forKey: .status)
        try container.encode(domains, forKey: .domains)
        try container.encodeIfPresent(stance, forKey: .stance)
        try container.encodeIfPresent(subject, forKey: .subject)
        try container.encode(dates, forKey: .dates)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encode(sources, forKey: .sources)
    }
}
