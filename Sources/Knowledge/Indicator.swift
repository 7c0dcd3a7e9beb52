/// A dated series that moves the alliance system: a defence budget and its share of GDP, air
/// scrambles by origin, poll results, trade figures.
public struct Indicator: Hashable, Sendable, Codable {
    public let id: String
    public let name: String
    /// Unit of every value: `percent-of-GDP`, `percent`, `count`, `USD-billion`, `JPY-trillion`…
    public let unit: String
    /// The actor the series describes, when there is one.
    public let actor: String?
    /// What the series measures and how, in the project's own words.
    public let summary: String?
    /// Observations in date order.
    public internal(set) var points: [IndicatorPoint]

    public init(id: String, name: String, unit: String, actor: String?, summary: String?, points: [IndicatorPoint]) {
        self.id = id
        self.name = name
        self.unit = unit
        self.actor = actor
        self.summary = summary
        self.points = points.sorted { $0.date < $1.date }
    }

    /// Every citation of every point, without repeats, in order of first use.
    public var sources: [Citation] {
        var seen = Set<Citation>()
        return points.flatMap(\.sources).filter { seen.insert($0).inserted }
    }
}

/// One observation of an indicator.
public struct IndicatorPoint: Hashable, Sendable, Codable {
    /// The date the value refers to (the end of the period, or the date of a poll).
    public let date: PartialDate
    /// The period the value covers, when it is not a single day: `2023-04-01/2023-06-30`.
    public let period: String?
    public let value: Double
    /// What the value is, when a series mixes kinds of figure (a ceiling, a target, a share).
    public let label: String?
    public internal(set) var sources: [Citation]

    public init(date: PartialDate, period: String? = nil, value: Double, label: String? = nil, sources: [Citation]) {
        self.date = date
        self.period = period
        self.value = value
        self.label = label
        self.sources = sources
    }
}
