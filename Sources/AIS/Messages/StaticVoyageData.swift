/// Type 5: Class A static and voyage related data (ITU-R M.1371-5 Annex 8 §3.3, Table 52).
public struct StaticVoyageData: AISMessageBody {
    /// AIS version indicator: 0 ITU-R M.1371-1, 1 M.1371-3, 2 M.1371-5.
    public var aisVersion: UInt8 = 0
    /// IMO number (1000000–9999999); 0 when not available.
    public var imoNumber: UInt32 = 0
    /// Call sign, up to 7 characters.
    public var callSign = ""
    /// Ship name, up to 20 characters.
    public var shipName = ""
    /// Type of ship and cargo (M.1371-5 Table 53); 0 not available.
    public var shipType: UInt8 = 0
    /// Distance from the reference point to the bow, in metres (511: 511 m or more).
    public var toBow: UInt16 = 0
    /// Distance from the reference point to the stern, in metres.
    public var toStern: UInt16 = 0
    /// Distance from the reference point to port, in metres (63: 63 m or more).
    public var toPort: UInt8 = 0
    /// Distance from the reference point to starboard, in metres.
    public var toStarboard: UInt8 = 0
    /// Type of electronic position fixing device.
    public var fixType: UInt8 = 0
    /// Estimated time of arrival, UTC month 1–12; 0 not available.
    public var etaMonth: UInt8 = 0
    /// ETA day 1–31; 0 not available.
    public var etaDay: UInt8 = 0
    /// ETA hour 0–23; 24 not available.
    public var etaHour: UInt8 = 24
    /// ETA minute 0–59; 60 not available.
    public var etaMinute: UInt8 = 60
    /// Maximum present static draught in metres (25.5: 25.5 m or more); nil when not available (0).
    public var draught: Double? = nil
    /// Destination, up to 20 characters.
    public var destination = ""
    /// Data terminal equipment: false available, true not available.
    public var dteNotReady = false

    public init() {}

    /// Many senders drop the last spare bits, so 420 bits are accepted.
    public static var minimumBits: Int { 420 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&aisVersion, 2, "aisVersion")
        c.unsigned(&imoNumber, 30, "imoNumber")
        c.text(&callSign, characters: 7, "callSign")
        c.text(&shipName, characters: 20, "shipName")
        c.unsigned(&shipType, 8, "shipType")
        c.unsigned(&toBow, 9, "toBow")
        c.unsigned(&toStern, 9, "toStern")
        c.unsigned(&toPort, 6, "toPort")
        c.unsigned(&toStarboard, 6, "toStarboard")
        c.unsigned(&fixType, 4, "fixType")
        c.unsigned(&etaMonth, 4, "etaMonth")
        c.unsigned(&etaDay, 5, "etaDay")
        c.unsigned(&etaHour, 5, "etaHour")
        c.unsigned(&etaMinute, 6, "etaMinute")
        c.scaled(&draught, 8, divisor: 10, notAvailable: 0, "draught")
        c.text(&destination, characters: 20, "destination")
        c.flag(&dteNotReady, "dteNotReady")
        c.trailingSpare(1)
    }
}
