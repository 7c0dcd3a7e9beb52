/// One point of a vessel's track as kept in history.
public struct StoredPosition: Sendable, Hashable, Codable {
    public var mmsi: UInt32
    /// Milliseconds since 1970 UTC (tag-block time when the feed has one, else receive time).
    public var time: Int64
    public var latitude: Double
    public var longitude: Double
    /// Knots.
    public var speed: Double?
    /// Degrees from true north.
    public var course: Double?
    /// Degrees from true north.
    public var heading: Int?

    public init(
        mmsi: UInt32,
        time: Int64,
        latitude: Double,
        longitude: Double,
        speed: Double? = nil,
        course: Double? = nil,
        heading: Int? = nil
    ) {
        self.mmsi = mmsi
        self.time = time
        self.latitude = latitude
        self.longitude = longitude
        self.speed = speed
        self.course = course
        self.heading = heading
    }
}
