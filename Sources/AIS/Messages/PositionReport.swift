/// Types 1, 2 and 3: the Class A position report (ITU-R M.1371-5 Annex 8 §3.1, Table 46).
public struct PositionReport: AISMessageBody {
    /// Navigational status, 0–15 (0 under way using engine, 1 at anchor, 5 moored, 15 not defined).
    public var navigationStatus: UInt8 = 15
    /// Rate of turn as transmitted (ROT_AIS, −127…127); nil when not available (−128).
    /// ±127 means turning faster than 5° per 30 s with no turn indicator. See ``rateOfTurn``.
    public var rateOfTurnIndicator: Int8? = nil
    /// Speed over ground in knots (0–102.2, where 102.2 means 102.2 or more); nil when not available.
    public var speedOverGround: Double? = nil
    /// True when the position is better than 10 m (DGNSS).
    public var positionAccuracy = false
    /// Longitude in degrees, east positive; nil when not available (181°).
    public var longitude: Double? = nil
    /// Latitude in degrees, north positive; nil when not available (91°).
    public var latitude: Double? = nil
    /// Course over ground in degrees; nil when not available (360°).
    public var courseOverGround: Double? = nil
    /// True heading in degrees (0–359); nil when not available (511).
    public var trueHeading: UInt16? = nil
    /// UTC second of the position (0–59); 60 not available, 61 manual, 62 dead reckoning, 63 inoperative.
    public var timestampSecond: UInt8 = 60
    /// Special manoeuvre indicator: 0 not available, 1 none, 2 engaged in special manoeuvre.
    public var specialManeuver: UInt8 = 0
    /// True when RAIM is in use.
    public var raim = false
    /// Communication state (SOTDMA or ITDMA sync state, slot data), 19 bits.
    public var radioStatus: UInt32 = 0

    public init() {}

    public static var minimumBits: Int { 149 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&navigationStatus, 4, "navigationStatus")
        c.optional(&rateOfTurnIndicator, 8, notAvailable: -128, "rateOfTurnIndicator")
        c.scaled(&speedOverGround, 10, divisor: 10, notAvailable: 1023, "speedOverGround")
        c.flag(&positionAccuracy, "positionAccuracy")
        c.coordinate(&longitude, 28, unitsPerDegree: 600_000, notAvailable: 108_600_000, "longitude")
        c.coordinate(&latitude, 27, unitsPerDegree: 600_000, notAvailable: 54_600_000, "latitude")
        c.scaled(&courseOverGround, 12, divisor: 10, notAvailable: 3600, "courseOverGround")
        c.optional(&trueHeading, 9, notAvailable: 511, "trueHeading")
        c.unsigned(&timestampSecond, 6, "timestampSecond")
        c.unsigned(&specialManeuver, 2, "specialManeuver")
        c.spare(3)
        c.flag(&raim, "raim")
        c.unsigned(&radioStatus, 19, "radioStatus")
    }

    /// Rate of turn in degrees per minute, right positive, from ROT_AIS = 4.733 √(ROT) (M.1371-5 Table 46);
    /// nil when not available or when the sender only says it turns faster than 5° per 30 s.
    public var rateOfTurn: Double? {
        guard let raw = rateOfTurnIndicator, abs(Int(raw)) < 127 else { return nil }
        let root = Double(raw) / 4.733
        return raw < 0 ? -(root * root) : root * root
    }
}
