/// DAC 1 FI 12: dangerous cargo indication (IMO SN.1/Circ.236 Annex 2 §3), addressed.
public struct DangerousCargoIndication: Sendable, Hashable {
    /// UN/LOCODE of the last port of call (5 characters).
    public var lastPort: String
    /// Departure from the last port, UTC: month (0 n/a), day (0 n/a), hour (24 n/a), minute (60 n/a).
    public var departureMonth: UInt8, departureDay: UInt8, departureHour: UInt8, departureMinute: UInt8
    /// UN/LOCODE of the next port of call.
    public var nextPort: String
    /// Estimated arrival at the next port, UTC, coded as the departure.
    public var arrivalMonth: UInt8, arrivalDay: UInt8, arrivalHour: UInt8, arrivalMinute: UInt8
    /// Main dangerous good (20 characters).
    public var dangerousGood: String
    /// IMDG class or division (4 characters).
    public var imdgClass: String
    /// UN number of the dangerous good.
    public var unNumber: UInt16
    /// Amount of the cargo, in ``unit``s.
    public var amount: UInt16
    /// Unit of the amount: 0 n/a, 1 kg, 2 tonnes, 3 1000 tonnes.
    public var unit: UInt8

    init(_ d: AISBits) {
        lastPort = d.text(0, characters: 5)
        departureMonth = UInt8(d.field(30, 4))
        departureDay = UInt8(d.field(34, 5))
        departureHour = UInt8(d.field(39, 5))
        departureMinute = UInt8(d.field(44, 6))
        nextPort = d.text(50, characters: 5)
        arrivalMonth = UInt8(d.field(80, 4))
        arrivalDay = UInt8(d.field(84, 5))
        arrivalHour = UInt8(d.field(89, 5))
        arrivalMinute = UInt8(d.field(94, 6))
        dangerousGood = d.text(100, characters: 20)
        imdgClass = d.text(220, characters: 4)
        unNumber = UInt16(d.field(244, 13))
        amount = UInt16(d.field(257, 10))
        unit = UInt8(d.field(267, 2))
    }
}

/// DAC 1 FI 14 (IMO SN.1/Circ.236) or FI 32 (IMO SN.1/Circ.289): tidal window, addressed.
public struct TidalWindow: Sendable, Hashable {
    /// UTC month and day the windows apply to.
    public var month: UInt8, day: UInt8
    /// The windows, one per position.
    public var windows: [Window]
    /// 236 for FI 14 (positions in 1/10 000 minute), 289 for FI 32 (positions in 1/1000 minute).
    public var circular: Int

    /// One tidal window: where, when, and the current there.
    public struct Window: Sendable, Hashable {
        /// Longitude and latitude as transmitted, in 1/10 000 minute (FI 14) or 1/1000 minute (FI 32).
        public var rawLongitude: Int32, rawLatitude: Int32
        /// UTC time the window opens and closes.
        public var fromHour: UInt8, fromMinute: UInt8, toHour: UInt8, toMinute: UInt8
        /// Direction of the current in degrees (360 n/a) and its speed in tenths of a knot.
        public var currentDirection: UInt16, currentSpeed: UInt8
    }

    init(_ d: AISBits, circular: Int) {
        self.circular = circular
        month = UInt8(d.field(0, 4))
        day = UInt8(d.field(4, 5))
        windows = []
        // like gpsd, a window is read while its first bit lies within the message (missing bits read 0)
        let size = circular == 236 ? 93 : 88
        var offset = 9
        while offset <= d.count {
            if circular == 236 {
                windows.append(
                    Window(
                        rawLongitude: Int32(d.signedField(offset + 27, 28)),
                        rawLatitude: Int32(d.signedField(offset, 27)),
                        fromHour: UInt8(d.field(offset + 55, 5)),
                        fromMinute: UInt8(d.field(offset + 60, 6)),
                        toHour: UInt8(d.field(offset + 66, 5)),
                        toMinute: UInt8(d.field(offset + 71, 6)),
                        currentDirection: UInt16(d.field(offset + 77, 9)),
                        currentSpeed: UInt8(d.field(offset + 86, 7))
                    )
                )
            } else {
                windows.append(
                    Window(
                        rawLongitude: Int32(d.signedField(offset, 25)),
                        rawLatitude: Int32(d.signedField(offset + 25, 24)),
                        fromHour: UInt8(d.field(offset + 49, 5)),
                        fromMinute: UInt8(d.field(offset + 54, 6)),
                        toHour: UInt8(d.field(offset + 60, 5)),
                        toMinute: UInt8(d.field(offset + 65, 6)),
                        currentDirection: UInt16(d.field(offset + 71, 9)),
                        currentSpeed: UInt8(d.field(offset + 80, 8))
                    )
                )
            }
            offset += size
        }
    }
}

/// DAC 1 FI 18: clearance time to enter port (IMO SN.1/Circ.289 §2), addressed.
public struct ClearanceTimeToEnterPort: Sendable, Hashable {
    /// Message linkage ID.
    public var linkage: UInt16
    /// Clearance time, UTC.
    public var month: UInt8, day: UInt8, hour: UInt8, minute: UInt8
    /// Name of the port and berth (20 characters).
    public var portName: String
    /// UN/LOCODE of the destination (5 characters).
    public var destination: String
    /// Position of the port, in 1/1000 minute (east and north positive).
    public var rawLongitude: Int32, rawLatitude: Int32

    init(_ d: AISBits) {
        linkage = UInt16(d.field(0, 10))
        month = UInt8(d.field(10, 4))
        day = UInt8(d.field(14, 5))
        hour = UInt8(d.field(19, 5))
        minute = UInt8(d.field(24, 6))
        portName = d.text(30, characters: 20)
        destination = d.text(150, characters: 5)
        rawLongitude = Int32(d.signedField(180, 25))
        rawLatitude = Int32(d.signedField(205, 24))
    }
}

/// DAC 1 FI 30 (addressed) or FI 29 (broadcast): text description (IMO SN.1/Circ.289 §12).
public struct TextDescription: Sendable, Hashable {
    /// Message linkage ID.
    public var linkage: UInt16
    /// The text, six-bit characters filling the rest of the message.
    public var text: String

    init(_ d: AISBits, maximumCharacters: Int) {
        linkage = UInt16(d.field(0, 10))
        text = d.count > 10 ? d.text(10, characters: min(maximumCharacters, (d.count - 10) / 6)) : ""
    }
}

/// DAC 200 FI 55: Inland AIS number of persons on board, addressed.
public struct InlandPersonsOnBoard: Sendable, Hashable {
    /// Number of crew members (255 unknown), passengers (8191 unknown), shipboard personnel (255 unknown).
    public var crew: UInt8, passengers: UInt16, personnel: UInt8

    init(_ d: AISBits) {
        crew = UInt8(d.field(0, 8))
        passengers = UInt16(d.field(8, 13))
        personnel = UInt8(d.field(21, 8))
    }
}

/// DAC 235 or 250 FI 10: GLA aid-to-navigation monitoring data (UK and Ireland), addressed.
public struct AtoNMonitoringData: Sendable, Hashable {
    /// Supply voltages in units of 0.05 V: internal, external 1, external 2.
    public var analogueInternal: UInt16, analogueExternal1: UInt16, analogueExternal2: UInt16
    /// RACON status: 0 none, 1 not monitored, 2 operational, 3 error.
    public var racon: UInt8
    /// Light status: 0 none or not monitored, 1 on, 2 off, 3 error.
    public var light: UInt8
    /// True when the aid raises an alarm.
    public var alarm: Bool
    /// Eight bits of external status.
    public var externalStatus: UInt8
    /// True when the aid is off its position.
    public var offPosition: Bool

    init(_ d: AISBits) {
        analogueInternal = UInt16(d.field(0, 10))
        analogueExternal1 = UInt16(d.field(10, 10))
        analogueExternal2 = UInt16(d.field(20, 10))
        racon = UInt8(d.field(30, 2))
        light = UInt8(d.field(32, 2))
        alarm = d.field(34, 1) != 0
        externalStatus = UInt8(d.field(35, 8))
        offPosition = d.field(43, 1) != 0
    }
}
