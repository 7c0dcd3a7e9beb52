/// A party to relations: a state, an international organisation, a forum or minilateral, or a
/// programme or strategy that others join.
///
/// States use ISO 3166-1 alpha-3 codes (`JPN`, `USA`); everything else an upper-case short id
/// (`NATO`, `QUAD`, `IP4`, `AUKUS`, `RCEP`).
public struct Actor: Hashable, Sendable, Codable {
    /// What sort of party an actor is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case state
        case organisation
        case forum
        case programme
    }

    /// The security community an actor belongs to, for the bridging measures: the documents set
    /// a Euro-Atlantic group (NATO and its European members) against an Indo-Pacific one.
    public enum Region: String, Sendable, Codable, CaseIterable {
        case euroAtlantic = "euro-atlantic"
        case indoPacific = "indo-pacific"
        case other
    }

    public let id: String
    public let name: String
    public let kind: Kind
    public let region: Region
    /// Other names the documents use ("Land of the Rising Sun" is not one we keep; "ROK" is).
    public let aliases: [String]
    /// A short description in the project's own words.
    public let summary: String?
    public internal(set) var sources: [Citation]

    public init(
        id: String,
        name: String,
        kind: Kind,
        region: Region,
        aliases: [String] = [],
        summary: String? = nil,
        sources: [Citation]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.region = region
        self.aliases = aliases
        self.summary = summary
        self.sources = sources
    }
}
