import Sharing

/// A detected event in DESIGN.md's format: the same `id` is written again as the event is updated
/// and when it closes, and the store keeps the latest version.
public struct StoredEvent: Sendable, Hashable, Codable {
    public var id: String
    /// `gap`, `encounter`, `loitering`, `zone_entry`, `zone_exit`, `identity`.
    public var type: String
    public var mmsi: [UInt32]
    /// Milliseconds since 1970 UTC.
    public var start: Int64
    /// Milliseconds since 1970 UTC; nil while the event is open.
    public var end: Int64?
    public var latitude: Double
    public var longitude: Double
    public var zone: String?
    /// The detector's details as a JSON object, kept as text.
    public var detailsJSON: String
    /// Who owns the event and who may see it (``ReleasabilityPolicy``): fixed when the event is
    /// detected (the zone's labels for an event about a zone, else the node's picture labels) and
    /// kept when the zone changes or goes.
    public var labels: Labels

    public init(
        id: String,
        type: String,
        mmsi: [UInt32],
        start: Int64,
        end: Int64? = nil,
        latitude: Double,
        longitude: Double,
        zone: String? = nil,
        detailsJSON: String = "{}",
        labels: Labels
    ) {
        self.id = id
        self.type = type
        self.mmsi = mmsi
        self.start = start
        self.end = end
        self.latitude = latitude
        self.longitude = longitude
        self.zone = zone
        self.detailsJSON = detailsJSON
        self.labels = labels
    }

    /// The MMSI list as stored in one text column, `,1,2,`, so that `LIKE '%,N,%'` finds a vessel.
    var mmsiColumn: String { "," + mmsi.map(String.init).joined(separator: ",") + "," }

    static func mmsiList(_ column: String) -> [UInt32] {
        column.split(separator: ",").compactMap { UInt32($0) }
    }
}
