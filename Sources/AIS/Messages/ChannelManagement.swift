/// Type 22: channel management (ITU-R M.1371-5 Annex 8 §3.21, Table 76). Either addressed to two
/// stations or broadcast for a rectangular area given by its north-east and south-west corners.
public struct ChannelManagement: AISMessageBody {
    /// Channel number of channel A (ITU-R M.1084).
    public var channelA: UInt16 = 0
    /// Channel number of channel B.
    public var channelB: UInt16 = 0
    /// Tx/Rx mode: 0 TxA/TxB RxA/RxB, 1 TxA RxA/RxB, 2 TxB RxA/RxB.
    public var txRxMode: UInt8 = 0
    /// Power: false high, true low.
    public var lowPower = false
    /// Area corners in degrees (1/10 minute resolution), when broadcast.
    public var northEastLongitude: Double? = nil
    public var northEastLatitude: Double? = nil
    public var southWestLongitude: Double? = nil
    public var southWestLatitude: Double? = nil
    /// Destination MMSIs, when addressed.
    public var destinationMMSI1: UInt32 = 0
    public var destinationMMSI2: UInt32 = 0
    /// True when addressed to two stations; false for an area broadcast.
    public var addressed = false
    /// Bandwidth of channel A: false default, true 12.5 kHz.
    public var bandwidthA = false
    /// Bandwidth of channel B.
    public var bandwidthB = false
    /// Size of the transitional zone in nautical miles minus one (0–7).
    public var transitionalZoneSize: UInt8 = 0

    public init() {}

    public static var minimumBits: Int { 145 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.unsigned(&channelA, 12, "channelA")
        c.unsigned(&channelB, 12, "channelB")
        c.unsigned(&txRxMode, 4, "txRxMode")
        c.flag(&lowPower, "lowPower")
        if c.isDecoding { addressed = c.peekFlag(at: 139) }
        if addressed {
            c.unsigned(&destinationMMSI1, 30, "destinationMMSI1")
            c.spare(5)
            c.unsigned(&destinationMMSI2, 30, "destinationMMSI2")
            c.spare(5)
        } else {
            c.coordinate(&northEastLongitude, 18, unitsPerDegree: 600, notAvailable: 108_600, "northEastLongitude")
            c.coordinate(&northEastLatitude, 17, unitsPerDegree: 600, notAvailable: 54_600, "northEastLatitude")
            c.coordinate(&southWestLongitude, 18, unitsPerDegree: 600, notAvailable: 108_600, "southWestLongitude")
            c.coordinate(&southWestLatitude, 17, unitsPerDegree: 600, notAvailable: 54_600, "southWestLatitude")
        }
        c.flag(&addressed, "addressed")
        c.flag(&bandwidthA, "bandwidthA")
        c.flag(&bandwidthB, "bandwidthB")
        c.unsigned(&transitionalZoneSize, 3, "transitionalZoneSize")
        c.trailingSpare(23)
    }
}

/// Type 23: group assignment command (ITU-R M.1371-5 Annex 8 §3.22, Table 78).
public struct GroupAssignmentCommand: AISMessageBody {
    /// Area corners in degrees (1/10 minute resolution).
    public var northEastLongitude: Double? = nil
    public var northEastLatitude: Double? = nil
    public var southWestLongitude: Double? = nil
    public var southWestLatitude: Double? = nil
    /// Station type addressed (0 all mobiles, 1 Class A, 2 all Class B, … M.1371-5 Table 78).
    public var stationType: UInt8 = 0
    /// Ship and cargo type addressed; 0 all types.
    public var shipType: UInt8 = 0
    /// Tx/Rx mode.
    public var txRxMode: UInt8 = 0
    /// Reporting interval code (M.1371-5 Table 79).
    public var reportingInterval: UInt8 = 0
    /// Quiet time in minutes (0 none, 1–15).
    public var quietTime: UInt8 = 0

    public init() {}

    public static var minimumBits: Int { 154 }

    public mutating func code<Coder: AISFieldCoder>(_ c: inout Coder) {
        c.spare(2)
        c.coordinate(&northEastLongitude, 18, unitsPerDegree: 600, notAvailable: 108_600, "northEastLongitude")
        c.coordinate(&northEastLatitude, 17, unitsPerDegree: 600, notAvailable: 54_600, "northEastLatitude")
        c.coordinate(&southWestLongitude, 18, unitsPerDegree: 600, notAvailable: 108_600, "southWestLongitude")
        c.coordinate(&southWestLatitude, 17, unitsPerDegree: 600, notAvailable: 54_600, "southWestLatitude")
        c.unsigned(&stationType, 4, "stationType")
        c.unsigned(&shipType, 8, "shipType")
        c.spare(22)
        c.unsigned(&txRxMode, 2, "txRxMode")
        c.unsigned(&reportingInterval, 4, "reportingInterval")
        c.unsigned(&quietTime, 4, "quietTime")
        c.trailingSpare(6)
    }
}
