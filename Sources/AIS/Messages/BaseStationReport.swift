/// Types 4 and 11: base station report and UTC/date response (ITU-R M.1371-5 Annex 8 §3.2, Table 48).
public struct BaseStationReport: AISMessageBody {
    /// UTC year 1–9999; 0 when not available.
    public var year: UInt16 = 0
    /// UTC month 1–12; 0 when not available.
    public var month: UInt8 = 0
    /// UTC day 1–31; 0 when not available.
    public var day: UInt8 = 0
    /// UTC hour 0–23; 24 when not available.
    public var hour: UInt8 = 24
    /// UTC minute 0–59; 60 when not available.
    public var minute: UInt8 = 60
    /// UTC second 0–59; 60 when not available.
    public var second: UInt8 = 60
    /// True when the position is better than 10 m.
    public var positionAccuracy = false
    /// Longitude in degrees; nil when not available.
    public var longitude: Double? = nil
    /// Latitude in degrees; nil when not available.
    public var latitude: Double? = nil
    /// Type of electronic position fixing device (0 undefined, 1 GPS, … 7 surveyed, 15 internal GNSS).
    public var fixType: UInt8 = 0
    /// True when RAIM is in use.
    public var raim = false
    /// SOTDMA communication state, 19 bits.
    public var radioStatus: UInt32 = 0

    public init() {}

    public static var minimumBits: Int { 149 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&year, 14, "year")
        c.unsigned(&month, 4, "month")
        c.unsigned(&day, 5, "day")
        c.unsigned(&hour, 5, "hour")
        c.unsigned(&minute, 6, "minute")
        c.unsigned(&second, 6, "second")
        c.flag(&positionAccuracy, "positionAccuracy")
        c.coordinate(&longitude, 28, unitsPerDegree: 600_000, notAvailable: 108_600_000, "longitude")
        c.coordinate(&latitude, 27, unitsPerDegree: 600_000, notAvailable: 54_600_000, "latitude")
        c.unsigned(&fixType, 4, "fixType")
        c.spare(10)
        c.flag(&raim, "raim")
        c.unsigned(&radioStatus, 19, "radioStatus")
    }
}
