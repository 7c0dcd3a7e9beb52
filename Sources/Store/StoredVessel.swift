/// What the node knows of one vessel: its identity from static reports and its latest position.
///
/// Times are milliseconds since 1970-01-01 UTC; speeds in knots; course and heading in degrees
/// from true north; latitude and longitude in degrees (WGS 84).
public struct StoredVessel: Sendable, Hashable, Codable {
    /// Maritime Mobile Service Identity (ITU-R M.585), 9 digits.
    public var mmsi: UInt32
    /// Ship name from message 5, 19 or 24 (trailing `@` and spaces removed).
    public var name: String?
    /// Call sign from message 5 or 24.
    public var callSign: String?
    /// IMO number from message 5.
    public var imo: UInt32?
    /// Ship and cargo type code, ITU-R M.1371-5 Table 53.
    public var shipType: Int?
    /// The flag state read from the MMSI's Maritime Identification Digits, as ISO 3166 alpha-3.
    public var flag: String?
    /// Destination from message 5.
    public var destination: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Speed over ground, knots.
    public var speed: Double?
    /// Course over ground, degrees.
    public var course: Double?
    /// True heading, degrees.
    public var heading: Int?
    /// Time of the latest position, milliseconds since 1970 UTC.
    public var time: Int64?

    public init(
        mmsi: UInt32,
        name: String? = nil,
        callSign: String? = nil,
        imo: UInt32? = nil,
        shipType: Int? = nil,
        flag: String? = nil,
        destination: String? = nil,
        latitude: Double? = nil,
        longitude: Double? = nil,
        speed: Double? = nil,
        course: Double? = nil,
        heading: Int? = nil,
        time: Int64? = nil
    ) {
        self.mmsi = mmsi
        self.name = name
        self.callSign = callSign
        self.imo = imo
        self.shipType = shipType
        self.flag = flag
        self.destination = destination
        self.latitude = latitude
        self.longitude = longitude
        self.speed = speed
        self.course = course
        self.heading = heading
        self.time = time
    }

    /// Applies a newer partial update: fields the update leaves nil keep their value, and position
    /// fields change only when the update's position is no older than the one held.
    public mutating func merge(_ update: StoredVessel) {
        name = update.name ?? name
        callSign = update.callSign ?? callSign
        imo = update.imo ?? imo
        shipType = update.shipType ?? shipType
        flag = update.flag ?? flag
        destination = update.destination ?? destination
        if let newTime = update.time, time.map({ newTime >= $0 }) ?? true {
            latitude = update.latitude ?? latitude
            longitude = update.longitude ?? longitude
            speed = update.speed ?? speed
            course = update.course ?? course
            heading = update.heading ?? heading
            time = newTime
        }
    }
}
