import Sharing

/// A named area the detectors watch, kept as a GeoJSON geometry (Polygon or MultiPolygon).
public struct StoredZone: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// `territorial_sea`, `contiguous_zone`, `user`, … as the creator says.
    public var kind: String
    /// The GeoJSON geometry object as text.
    public var geometryJSON: String
    /// Milliseconds since 1970 UTC.
    public var created: Int64
    /// Who owns the zone and who may see it (``ReleasabilityPolicy``). Events about the zone take
    /// these labels when they are detected.
    public var labels: Labels

    public init(id: String, name: String, kind: String, geometryJSON: String, created: Int64, labels: Labels) {
        self.id = id
        self.name = name
        self.kind = kind
        self.geometryJSON = geometryJSON
        self.created = created
        self.labels = labels
    }
}
