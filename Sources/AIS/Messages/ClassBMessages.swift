/// Type 18: standard Class B equipment position report (ITU-R M.1371-5 Annex 8 §3.17, Table 70).
public struct ClassBPositionReport: AISMessageBody {
    /// Regional reserved bits.
    public var regionalReserved: UInt8 = 0
    /// Speed over ground in knots; nil when not available.
    public var speedOverGround: Double? = nil
    public var positionAccuracy = false
    /// Longitude in degrees; nil when not available.
    public var longitude: Double? = nil
    /// Latitude in degrees; nil when not available.
    public var latitude: Double? = nil
    /// Course over ground in degrees; nil when not available.
    public var courseOverGround: Double? = nil
    /// True heading in degrees; nil when not available.
    public var trueHeading: UInt16? = nil
    public var timestampSecond: UInt8 = 60
    public var regionalReserved2: UInt8 = 0
    /// Class B unit flag: true for a carrier-sense (CS) unit, false for SOTDMA.
    public var carrierSense = false
    /// True when the unit has a display for type 12 and 14 messages.
    public var hasDisplay = false
    /// True when the unit has DSC.
    public var hasDSC = false
    /// True when the unit can use the whole marine band.
    public var wholeBand = false
    /// True when the unit accepts channel management by type 22.
    public var acceptsMessage22 = false
    /// True in assigned mode.
    public var assignedMode = false
    public var raim = false
    /// Communication state selector and state, 20 bits.
    public var radioStatus: UInt32 = 0

    public init() {}

    public static var minimumBits: Int { 148 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&regionalReserved, 8, "regionalReserved")
        c.scaled(&speedOverGround, 10, divisor: 10, notAvailable: 1023, "speedOverGround")
        c.flag(&positionAccuracy, "positionAccuracy")
        c.coordinate(&longitude, 28, unitsPerDegree: 600_000, notAvailable: 108_600_000, "longitude")
        c.coordinate(&latitude, 27, unitsPerDegree: 600_000, notAvailable: 54_600_000, "latitude")
        c.scaled(&courseOverGround, 12, divisor: 10, notAvailable: 3600, "courseOverGround")
        c.optional(&trueHeading, 9, notAvailable: 511, "trueHeading")
        c.unsigned(&timestampSecond, 6, "timestampSecond")
        c.unsigned(&regionalReserved2, 2, "regionalReserved2")
        c.flag(&carrierSense, "carrierSense")
        c.flag(&hasDisplay, "hasDisplay")
        c.flag(&hasDSC, "hasDSC")
        c.flag(&wholeBand, "wholeBand")
        c.flag(&acceptsMessage22, "acceptsMessage22")
        c.flag(&assignedMode, "assignedMode")
        c.flag(&raim, "raim")
        c.unsigned(&radioStatus, 20, "radioStatus")
    }
}

/// Type 19: extended Class B equipment position report (ITU-R M.1371-5 Annex 8 §3.18, Table 71).
public struct ExtendedClassBPositionReport: AISMessageBody {
    public var regionalReserved: UInt8 = 0
    /// Speed over ground in knots; nil when not available.
    public var speedOverGround: Double? = nil
    public var positionAccuracy = false
    public var longitude: Double? = nil
    public var latitude: Double? = nil
    public var courseOverGround: Double? = nil
    public var trueHeading: UInt16? = nil
    public var timestampSecond: UInt8 = 60
    public var regionalReserved2: UInt8 = 0
    public var shipName = ""
    public var shipType: UInt8 = 0
    public var toBow: UInt16 = 0
    public var toStern: UInt16 = 0
    public var toPort: UInt8 = 0
    public var toStarboard: UInt8 = 0
    public var fixType: UInt8 = 0
    public var raim = false
    public var dteNotReady = false
    public var assignedMode = false

    public init() {}

    public static var minimumBits: Int { 308 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&regionalReserved, 8, "regionalReserved")
        c.scaled(&speedOverGround, 10, divisor: 10, notAvailable: 1023, "speedOverGround")
        c.flag(&positionAccuracy, "positionAccuracy")
        c.coordinate(&longitude, 28, unitsPerDegree: 600_000, notAvailable: 108_600_000, "longitude")
        c.coordinate(&latitude, 27, unitsPerDegree: 600_000, notAvailable: 54_600_000, "latitude")
        c.scaled(&courseOverGround, 12, divisor: 10, notAvailable: 3600, "courseOverGround")
        c.optional(&trueHeading, 9, notAvailable: 511, "trueHeading")
        c.unsigned(&timestampSecond, 6, "timestampSecond")
        c.unsigned(&regionalReserved2, 4, "regionalReserved2")
        c.text(&shipName, characters: 20, "shipName")
        c.unsigned(&shipType, 8, "shipType")
        c.unsigned(&toBow, 9, "toBow")
        c.unsigned(&toStern, 9, "toStern")
        c.unsigned(&toPort, 6, "toPort")
        c.unsigned(&toStarboard, 6, "toStarboard")
        c.unsigned(&fixType, 4, "fixType")
        c.flag(&raim, "raim")
        c.flag(&dteNotReady, "dteNotReady")
        c.flag(&assignedMode, "assignedMode")
        c.trailingSpare(4)
    }
}

/// Type 24: Class B static data report, part A or part B (ITU-R M.1371-5 Annex 8 §3.22, Tables 80–81).
public struct StaticDataReport: AISMessageBody {
    /// 0 for part A (name), 1 for part B (type, vendor, call sign, dimensions). 2 and 3 are not defined.
    public var partNumber: UInt8 = 0
    /// Part A: ship name, up to 20 characters.
    public var shipName = ""
    /// Part B: type of ship and cargo.
    public var shipType: UInt8 = 0
    /// Part B: manufacturer's identifier, 3 characters.
    public var vendorID = ""
    /// Part B: unit model code, 4 bits.
    public var unitModel: UInt8 = 0
    /// Part B: unit serial number, 20 bits.
    public var serialNumber: UInt32 = 0
    /// Part B: call sign, up to 7 characters.
    public var callSign = ""
    /// Part B: dimensions in metres (absent for an auxiliary craft, whose MMSI starts with 98).
    public var toBow: UInt16 = 0
    public var toStern: UInt16 = 0
    public var toPort: UInt8 = 0
    public var toStarboard: UInt8 = 0
    /// Part B of an auxiliary craft (MMSI 98MIDxxxx): the mother ship's MMSI instead of dimensions.
    public var motherShipMMSI: UInt32 = 0
    /// True when this part B belongs to an auxiliary craft; set from the MMSI by the decoder.
    public var auxiliaryCraft = false

    public init() {}

    public static var minimumBits: Int { 160 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.unsigned(&partNumber, 2, "partNumber")
        if partNumber == 0 {
            c.text(&shipName, characters: 20, "shipName")
            c.trailingSpare(8)
        } else {
            c.unsigned(&shipType, 8, "shipType")
            c.text(&vendorID, characters: 3, "vendorID")
            c.unsigned(&unitModel, 4, "unitModel")
            c.unsigned(&serialNumber, 20, "serialNumber")
            c.text(&callSign, characters: 7, "callSign")
            if auxiliaryCraft {
                c.unsigned(&motherShipMMSI, 30, "motherShipMMSI")
            } else {
                c.unsigned(&toBow, 9, "toBow")
                c.unsigned(&toStern, 9, "toStern")
                c.unsigned(&toPort, 6, "toPort")
                c.unsigned(&toStarboard, 6, "toStarboard")
            }
            c.trailingSpare(6)
        }
    }
}

/// Type 27: long-range position report for satellite reception (ITU-R M.1371-5 Annex 8 §3.25, Table 84).
public struct LongRangePositionReport: AISMessageBody {
    public var positionAccuracy = false
    public var raim = false
    public var navigationStatus: UInt8 = 15
    /// Longitude in degrees (1/10 minute resolution); nil when not available.
    public var longitude: Double? = nil
    /// Latitude in degrees (1/10 minute resolution); nil when not available.
    public var latitude: Double? = nil
    /// Speed over ground in whole knots (0–62); nil when not available (63).
    public var speedOverGround: UInt8? = nil
    /// Course over ground in whole degrees (0–359); nil when not available (511).
    public var courseOverGround: UInt16? = nil
    /// True when the position is older than 5 seconds (GNSS position status 1 = not current).
    public var positionLatency = false

    public init() {}

    public static var minimumBits: Int { 95 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.flag(&positionAccuracy, "positionAccuracy")
        c.flag(&raim, "raim")
        c.unsigned(&navigationStatus, 4, "navigationStatus")
        c.coordinate(&longitude, 18, unitsPerDegree: 600, notAvailable: 108_600, "longitude")
        c.coordinate(&latitude, 17, unitsPerDegree: 600, notAvailable: 54_600, "latitude")
        c.optional(&speedOverGround, 6, notAvailable: 63, "speedOverGround")
        c.optional(&courseOverGround, 9, notAvailable: 511, "courseOverGround")
        c.flag(&positionLatency, "positionLatency")
        c.trailingSpare(1)
    }
}
