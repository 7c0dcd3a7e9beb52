/// DAC 1 FI 27 (broadcast) or FI 28 (addressed): route information (IMO SN.1/Circ.289 §10).
public struct RouteInformation: Sendable, Hashable {
    /// Message linkage ID.
    public var linkage: UInt16
    /// Sender classification: 0 ship, 1 authority, 2–7 reserved.
    public var sender: UInt8
    /// Route type: 0 undefined, 1 mandatory, 2 recommended, 3 alternative, 4 through ice, 5 ship route plan,
    /// 31 cancel the route of this linkage ID.
    public var routeType: UInt8
    /// Start of validity, UTC month, day, hour, minute.
    public var month: UInt8, day: UInt8, hour: UInt8, minute: UInt8
    /// Duration of validity in minutes (262 143 n/a).
    public var duration: UInt32
    /// Waypoints as transmitted, in 1/10 000 minute (east and north positive).
    public var waypoints: [Waypoint]

    public struct Waypoint: Sendable, Hashable {
        public var longitude: Int32, latitude: Int32
    }

    init(_ d: AISBits) {
        linkage = UInt16(d.field(0, 10))
        sender = UInt8(d.field(10, 3))
        routeType = UInt8(d.field(13, 5))
        month = UInt8(d.field(18, 4))
        day = UInt8(d.field(22, 5))
        hour = UInt8(d.field(27, 5))
        minute = UInt8(d.field(32, 6))
        duration = UInt32(d.field(38, 18))
        let count = d.field(56, 5)
        waypoints = (0..<count).map { i in
            Waypoint(
                longitude: Int32(d.signedField(61 + 55 * i, 28)),
                latitude: Int32(d.signedField(61 + 55 * i + 28, 27))
            )
        }
    }
}

/// DAC 1 FI 25 (addressed): dangerous cargo indication (IMO SN.1/Circ.289 §7).
public struct DangerousCargoIndication289: Sendable, Hashable {
    /// Unit of the amount: 0 n/a, 1 kg, 2 tonnes, 3 1000 tonnes; and the amount.
    public var unit: UInt8, amount: UInt16
    /// The cargoes: code of the cargo list (IMDG, IGC, BC, MARPOL…) and the class or UN number within it.
    public var cargoes: [Cargo]

    public struct Cargo: Sendable, Hashable {
        public var code: UInt8
        public var subtype: UInt16
    }

    init(_ d: AISBits) {
        unit = UInt8(d.field(0, 2))
        amount = UInt16(d.field(2, 10))
        cargoes = stride(from: 12, to: d.count, by: 17).map {
            Cargo(code: UInt8(d.field($0, 4)), subtype: UInt16(d.field($0 + 4, 13)))
        }
    }
}

/// DAC 1 FI 13 (broadcast): fairway closed (IMO SN.1/Circ.236 Annex 2 §2).
public struct FairwayClosed: Sendable, Hashable {
    /// Reason for closing, and the locations the closure runs from and to (20 characters each).
    public var reason: String, closedFrom: String, closedTo: String
    /// Radius of the extension (10001 n/a) and its unit (0 n/a, 1 km, 2 nautical miles, 3 nautical miles × 10).
    public var radius: UInt16, extensionUnit: UInt8
    /// Closed from and to, UTC: day, month, hour, minute.
    public var fromDay: UInt8, fromMonth: UInt8, fromHour: UInt8, fromMinute: UInt8
    public var toDay: UInt8, toMonth: UInt8, toHour: UInt8, toMinute: UInt8

    init(_ d: AISBits) {
        reason = d.text(0, characters: 20)
        closedFrom = d.text(120, characters: 20)
        closedTo = d.text(240, characters: 20)
        radius = UInt16(d.field(360, 10))
        extensionUnit = UInt8(d.field(370, 2))
        fromDay = UInt8(d.field(372, 5))
        fromMonth = UInt8(d.field(377, 4))
        fromHour = UInt8(d.field(381, 5))
        fromMinute = UInt8(d.field(386, 6))
        toDay = UInt8(d.field(392, 5))
        toMonth = UInt8(d.field(397, 4))
        toHour = UInt8(d.field(401, 5))
        toMinute = UInt8(d.field(406, 6))
    }
}

/// DAC 200 FI 24 (broadcast, 168-bit messages): Inland AIS water levels.
public struct InlandWaterLevels: Sendable, Hashable {
    /// UN country code (2 characters).
    public var country: String
    /// Up to four gauges.
    public var gauges: [Gauge]

    /// Gauge ID (0 unknown) and water level in centimetres, signed (0 unknown).
    public struct Gauge: Sendable, Hashable {
        public var id: UInt16, level: Int16
    }

    init(_ d: AISBits) {
        country = d.text(0, characters: 2)
        gauges = stride(from: 12, to: d.count, by: 25).map {
            Gauge(id: UInt16(d.field($0, 11)), level: Int16(d.signedField($0 + 11, 14)))
        }
    }
}

/// DAC 200 FI 40 (broadcast, 168-bit messages): Inland AIS signal status.
public struct InlandSignalStatus: Sendable, Hashable {
    /// Position of the signal, in 1/10 000 minute.
    public var rawLongitude: Int32, rawLatitude: Int32
    /// Signal form (1–15), orientation in degrees (0–359), direction of impact
    /// (0 unknown, 1 upstream, 2 downstream, 3 to left bank, 4 to right bank).
    public var form: UInt8, facing: UInt16, direction: UInt8
    /// Light status, 30 bits (ten 3-bit light codes).
    public var status: UInt32

    init(_ d: AISBits) {
        rawLongitude = Int32(d.signedField(0, 28))
        rawLatitude = Int32(d.signedField(28, 27))
        form = UInt8(d.field(55, 4))
        facing = UInt16(d.field(59, 9))
        direction = UInt8(d.field(68, 3))
        status = UInt32(d.field(71, 30))
    }
}

/// DAC 1 FI 15 (broadcast): extended ship static and voyage data (IMO SN.1/Circ.236 Annex 2 §4).
public struct AirDraught: Sendable, Hashable {
    /// Air draught in metres (0 n/a).
    public var airDraught: UInt16

    init(_ d: AISBits) {
        airDraught = UInt16(d.field(0, 11))
    }
}
