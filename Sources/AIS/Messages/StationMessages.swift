/// Type 9: standard SAR aircraft position report (ITU-R M.1371-5 Annex 8 §3.8, Table 61).
public struct SARAircraftPositionReport: AISMessageBody {
    /// Altitude in metres (4094: 4094 m or more); nil when not available (4095).
    public var altitude: UInt16? = nil
    /// Speed over ground in whole knots (1022: 1022 kn or more); nil when not available (1023).
    public var speedOverGround: UInt16? = nil
    public var positionAccuracy = false
    public var longitude: Double? = nil
    public var latitude: Double? = nil
    /// Course over ground in degrees; nil when not available.
    public var courseOverGround: Double? = nil
    public var timestampSecond: UInt8 = 60
    /// Altitude sensor: false GNSS, true barometric.
    public var barometricAltitude = false
    public var regionalReserved: UInt8 = 0
    public var dteNotReady = false
    public var assignedMode = false
    public var raim = false
    public var radioStatus: UInt32 = 0

    public init() {}

    public static var minimumBits: Int { 148 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.optional(&altitude, 12, notAvailable: 4095, "altitude")
        c.optional(&speedOverGround, 10, notAvailable: 1023, "speedOverGround")
        c.flag(&positionAccuracy, "positionAccuracy")
        c.coordinate(&longitude, 28, unitsPerDegree: 600_000, notAvailable: 108_600_000, "longitude")
        c.coordinate(&latitude, 27, unitsPerDegree: 600_000, notAvailable: 54_600_000, "latitude")
        c.scaled(&courseOverGround, 12, divisor: 10, notAvailable: 3600, "courseOverGround")
        c.unsigned(&timestampSecond, 6, "timestampSecond")
        c.flag(&barometricAltitude, "barometricAltitude")
        c.unsigned(&regionalReserved, 7, "regionalReserved")
        c.flag(&dteNotReady, "dteNotReady")
        c.spare(3)
        c.flag(&assignedMode, "assignedMode")
        c.flag(&raim, "raim")
        c.unsigned(&radioStatus, 20, "radioStatus")
    }
}

/// Type 17: GNSS broadcast binary message, DGNSS corrections (ITU-R M.1371-5 Annex 8 §3.15, Table 69).
public struct DGNSSBroadcast: AISMessageBody {
    /// Longitude of the reference station in degrees (1/10 minute resolution); nil when not available.
    public var longitude: Double? = nil
    /// Latitude of the reference station in degrees; nil when not available.
    public var latitude: Double? = nil
    /// The correction data (ITU-R M.823 message), as raw bits.
    public var data = AISBits()

    public init() {}

    public static var minimumBits: Int { 80 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.coordinate(&longitude, 18, unitsPerDegree: 600, notAvailable: 108_600, "longitude")
        c.coordinate(&latitude, 17, unitsPerDegree: 600, notAvailable: 54_600, "latitude")
        c.spare(5)
        c.trailingData(&data, "data")
    }
}

/// Type 20: data link management, slot reservations (ITU-R M.1371-5 Annex 8 §3.19, Table 72).
public struct DataLinkManagement: AISMessageBody {
    /// One to four reservations.
    public var reservations: [SlotReservation] = []

    public init() {}

    public static var minimumBits: Int { 70 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        let count = c.isDecoding ? min(4, max(1, c.remaining / 30)) : reservations.count
        if c.isDecoding { reservations = Array(repeating: SlotReservation(), count: count) }
        for i in 0..<count {
            c.unsigned(&reservations[i].offset, 12, "offset")
            c.unsigned(&reservations[i].slots, 4, "slots")
            c.unsigned(&reservations[i].timeout, 3, "timeout")
            c.unsigned(&reservations[i].increment, 11, "increment")
        }
        if !c.isDecoding {
            // pad to a byte boundary as M.1371-5 Table 72 requires
            c.spare((8 - c.position % 8) % 8)
        }
    }
}

/// One reservation of a type 20 message.
public struct SlotReservation: Sendable, Hashable {
    /// Reserved offset number (slots from the message's slot).
    public var offset: UInt16 = 0
    /// Number of consecutive slots reserved (1–15).
    public var slots: UInt8 = 0
    /// Time-out in minutes.
    public var timeout: UInt8 = 0
    /// Increment between repeated reservations, in slots.
    public var increment: UInt16 = 0
    public init(offset: UInt16 = 0, slots: UInt8 = 0, timeout: UInt8 = 0, increment: UInt16 = 0) {
        self.offset = offset
        self.slots = slots
        self.timeout = timeout
        self.increment = increment
    }
}

/// Type 21: aids-to-navigation report (ITU-R M.1371-5 Annex 8 §3.20, Table 74).
public struct AidToNavigationReport: AISMessageBody {
    /// Type of aid to navigation, 0–31 (M.1371-5 Table 74 note).
    public var aidType: UInt8 = 0
    /// Name including the extension (up to 34 characters).
    public var name = ""
    public var positionAccuracy = false
    public var longitude: Double? = nil
    public var latitude: Double? = nil
    public var toBow: UInt16 = 0
    public var toStern: UInt16 = 0
    public var toPort: UInt8 = 0
    public var toStarboard: UInt8 = 0
    public var fixType: UInt8 = 0
    public var timestampSecond: UInt8 = 60
    /// True when the aid is off its charted position (only meaningful for floating aids).
    public var offPosition = false
    public var regionalReserved: UInt8 = 0
    public var raim = false
    /// True for a virtual aid (no physical structure).
    public var virtualAid = false
    public var assignedMode = false

    public init() {}

    public static var minimumBits: Int { 271 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&aidType, 5, "aidType")
        var head = String(name.utf8.prefix(20))!
        // the extension continues the name only when all 20 characters are used (none is `@`);
        // the name may then end in spaces that the text reader strips
        var fullName = false
        if c.isDecoding {
            let start = c.position
            fullName = (0..<20).allSatisfy { i in (0..<6).contains { c.peekFlag(at: start + 6 * i + $0) } }
        }
        c.text(&head, characters: 20, "name")
        c.flag(&positionAccuracy, "positionAccuracy")
        c.coordinate(&longitude, 28, unitsPerDegree: 600_000, notAvailable: 108_600_000, "longitude")
        c.coordinate(&latitude, 27, unitsPerDegree: 600_000, notAvailable: 54_600_000, "latitude")
        c.unsigned(&toBow, 9, "toBow")
        c.unsigned(&toStern, 9, "toStern")
        c.unsigned(&toPort, 6, "toPort")
        c.unsigned(&toStarboard, 6, "toStarboard")
        c.unsigned(&fixType, 4, "fixType")
        c.unsigned(&timestampSecond, 6, "timestampSecond")
        c.flag(&offPosition, "offPosition")
        c.unsigned(&regionalReserved, 8, "regionalReserved")
        c.flag(&raim, "raim")
        c.flag(&virtualAid, "virtualAid")
        c.flag(&assignedMode, "assignedMode")
        c.spare(1)
        var tail = c.isDecoding ? "" : String(name.utf8.dropFirst(20))!
        c.trailingText(&tail, "nameExtension")
        if c.isDecoding {
            let padding = String(repeating: " ", count: max(0, 20 - head.utf8.count))
            name = fullName && !tail.isEmpty ? head + padding + tail : head
        }
    }
}
