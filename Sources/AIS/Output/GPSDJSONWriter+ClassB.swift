/// Types 18–27 in gpsd's form.
extension GPSDJSONWriter {
    /// The fields types 18 and 19 share, from `reserved` to `regional`, as gpsd prints them.
    static func classBMotion(
        reserved: UInt8,
        speed: Double?,
        accuracy: Bool,
        longitude: Double?,
        latitude: Double?,
        course: Double?,
        heading: UInt16?,
        second: UInt8,
        regional: UInt8,
        _ out: inout JSONOutput
    ) {
        out.append(#","reserved":"#)
        out.append(integer: reserved)
        out.append(#","speed":"#)
        out.append(fixed: speed ?? 102.3, decimals: 1)
        out.append(#","accuracy":"#)
        out.gpsdBool(accuracy)
        out.gpsdPosition(longitude, latitude)
        out.append(#","course":"#)
        out.append(fixed: course ?? 360, decimals: 1)
        out.append(#","heading":"#)
        out.append(integer: heading ?? 511)
        out.append(#","second":"#)
        out.append(integer: second)
        out.append(#","regional":"#)
        out.append(integer: regional)
    }

    static func classBPosition(_ m: ClassBPositionReport, _ out: inout JSONOutput) {
        classBMotion(
            reserved: m.regionalReserved,
            speed: m.speedOverGround,
            accuracy: m.positionAccuracy,
            longitude: m.longitude,
            latitude: m.latitude,
            course: m.courseOverGround,
            heading: m.trueHeading,
            second: m.timestampSecond,
            regional: m.regionalReserved2,
            &out
        )
        out.append(#","cs":"#)
        out.gpsdBool(m.carrierSense)
        out.append(#","display":"#)
        out.gpsdBool(m.hasDisplay)
        out.append(#","dsc":"#)
        out.gpsdBool(m.hasDSC)
        out.append(#","band":"#)
        out.gpsdBool(m.wholeBand)
        out.append(#","msg22":"#)
        out.gpsdBool(m.acceptsMessage22)
        out.append(#","raim":"#)
        out.gpsdBool(m.raim)
        out.append(#","radio":"#)
        out.append(integer: m.radioStatus)
    }

    static func extendedClassBPosition(_ m: ExtendedClassBPositionReport, _ out: inout JSONOutput) {
        classBMotion(
            reserved: m.regionalReserved,
            speed: m.speedOverGround,
            accuracy: m.positionAccuracy,
            longitude: m.longitude,
            latitude: m.latitude,
            course: m.courseOverGround,
            heading: m.trueHeading,
            second: m.timestampSecond,
            regional: m.regionalReserved2,
            &out
        )
        out.append(#","shipname":"#)
        out.append(string: m.shipName)
        out.gpsdShipType(m.shipType)
        out.gpsdDimensions(m.toBow, m.toStern, m.toPort, m.toStarboard)
        out.gpsdFixType(m.fixType)
        out.append(#","raim":"#)
        out.gpsdBool(m.raim)
        out.append(#","dte":"#)
        out.append(integer: m.dteNotReady ? 1 : 0)
        out.append(#","assigned":"#)
        out.gpsdBool(m.assignedMode)
    }

    static let reservationNames: [(StaticString, StaticString, StaticString, StaticString)] = [
        (#","offset1":"#, #","number1":"#, #","timeout1":"#, #","increment1":"#),
        (#","offset2":"#, #","number2":"#, #","timeout2":"#, #","increment2":"#),
        (#","offset3":"#, #","number3":"#, #","timeout3":"#, #","increment3":"#),
        (#","offset4":"#, #","number4":"#, #","timeout4":"#, #","increment4":"#),
    ]

    static func dataLinkManagement(_ m: DataLinkManagement, _ out: inout JSONOutput) {
        for i in 0..<4 {
            let reservation = i < m.reservations.count ? m.reservations[i] : SlotReservation()
            out.append(reservationNames[i].0)
            out.append(integer: reservation.offset)
            out.append(reservationNames[i].1)
            out.append(integer: reservation.slots)
            out.append(reservationNames[i].2)
            out.append(integer: reservation.timeout)
            out.append(reservationNames[i].3)
            out.append(integer: reservation.increment)
        }
    }

    static func aidToNavigation(_ m: AidToNavigationReport, _ out: inout JSONOutput) {
        out.append(#","aid_type":"#)
        out.append(integer: m.aidType)
        out.append(#","aid_type_text":""#)
        out.append(GPSDLegends.aidType[Int(m.aidType & 31)])
        out.append(#"","name":"#)
        out.append(string: m.name)
        out.gpsdPosition(m.longitude, m.latitude)
        out.append(#","accuracy":"#)
        out.gpsdBool(m.positionAccuracy)
        out.gpsdDimensions(m.toBow, m.toStern, m.toPort, m.toStarboard)
        out.gpsdFixType(m.fixType)
        out.append(#","second":"#)
        out.append(integer: m.timestampSecond)
        out.append(#","regional":"#)
        out.append(integer: m.regionalReserved)
        out.append(#","off_position":"#)
        out.gpsdBool(m.offPosition)
        out.append(#","raim":"#)
        out.gpsdBool(m.raim)
        out.append(#","virtual_aid":"#)
        out.gpsdBool(m.virtualAid)
    }

    static func channelManagement(_ m: ChannelManagement, _ out: inout JSONOutput) {
        out.append(#","channel_a":"#)
        out.append(integer: m.channelA)
        out.append(#","channel_b":"#)
        out.append(integer: m.channelB)
        out.append(#","txrx":"#)
        out.append(integer: m.txRxMode)
        out.append(#","power":"#)
        out.gpsdBool(m.lowPower)
        if m.addressed {
            out.append(#","dest1":"#)
            out.append(integer: m.destinationMMSI1)
            out.append(#","dest2":"#)
            out.append(integer: m.destinationMMSI2)
        } else {
            out.gpsdArea(m.northEastLongitude, m.northEastLatitude, m.southWestLongitude, m.southWestLatitude)
        }
        out.append(#","addressed":"#)
        out.gpsdBool(m.addressed)
        out.append(#","band_a":"#)
        out.gpsdBool(m.bandwidthA)
        out.append(#","band_b":"#)
        out.gpsdBool(m.bandwidthB)
        out.append(#","zonesize":"#)
        out.append(integer: m.transitionalZoneSize)
    }

    static func groupAssignment(_ m: GroupAssignmentCommand, _ out: inout JSONOutput) {
        out.gpsdArea(m.northEastLongitude, m.northEastLatitude, m.southWestLongitude, m.southWestLatitude)
        out.append(#","stationtype":"#)
        out.append(integer: m.stationType)
        out.append(#","stationtype_text":""#)
        out.append(GPSDLegends.stationType(m.stationType))
        out.append(UInt8(ascii: "\""))
        out.gpsdShipType(m.shipType)
        out.append(#","interval":"#)
        out.append(integer: m.reportingInterval)
        out.append(#","quiet":"#)
        out.append(integer: m.quietTime)
    }

    static func staticDataReport(_ m: StaticDataReport, mmsi: UInt32, _ out: inout JSONOutput) {
        if m.partNumber == 0 {
            out.append(#","part":"A","shipname":"#)
            out.append(string: m.shipName)
            return
        }
        out.append(#","part":"B""#)
        out.gpsdShipType(m.shipType)
        out.append(#","vendorid":"#)
        out.gpsdVendorID(m)
        out.append(#","model":"#)
        out.append(integer: m.unitModel)
        out.append(#","serial":"#)
        out.append(integer: m.serialNumber)
        out.append(#","callsign":"#)
        out.append(string: m.callSign)
        if m.auxiliaryCraft {
            out.append(#","mothership_mmsi":"#)
            out.append(integer: m.motherShipMMSI)
        } else {
            out.gpsdDimensions(m.toBow, m.toStern, m.toPort, m.toStarboard)
        }
    }

    static func slotBinary(_ m: SlotBinaryMessage, _ out: inout JSONOutput) {
        out.append(#","addressed":"#)
        out.gpsdBool(m.addressed)
        out.append(#","structured":"#)
        out.gpsdBool(m.structured)
        out.append(#","dest_mmsi":"#)
        out.append(integer: m.addressed ? m.destinationMMSI : 0)
        out.append(#","app_id":"#)
        out.append(integer: m.structured ? m.applicationID : 0)
        out.gpsdData(m.data)
        if m.multipleSlot {
            out.append(#","radio":"#)
            out.append(integer: m.radioStatus)
        }
    }

    static func longRangePosition(_ m: LongRangePositionReport, _ out: inout JSONOutput) {
        out.append(#","status":""#)
        out.append(GPSDLegends.navigationStatus[Int(m.navigationStatus & 15)])
        out.append(#"","accuracy":"#)
        out.gpsdBool(m.positionAccuracy)
        out.append(#","lon":"#)
        out.append(fixed: m.longitude ?? 181, decimals: 1)
        out.append(#","lat":"#)
        out.append(fixed: m.latitude ?? 91, decimals: 1)
        out.append(#","speed":"#)
        out.append(integer: m.speedOverGround ?? 63)
        out.append(#","course":"#)
        out.append(integer: m.courseOverGround ?? 511)
        out.append(#","raim":"#)
        out.gpsdBool(m.raim)
        out.append(#","gnss":"#)
        out.gpsdBool(m.positionLatency)
    }
}

extension JSONOutput {
    /// `"ne_lon":"%f","ne_lat":"%f","sw_lon":"%f","sw_lat":"%f"`: gpsd quotes these four numbers.
    mutating func gpsdArea(_ neLongitude: Double?, _ neLatitude: Double?, _ swLongitude: Double?, _ swLatitude: Double?)
    {
        append(#","ne_lon":""#)
        append(fixed: neLongitude ?? 181, decimals: 6)
        append(#"","ne_lat":""#)
        append(fixed: neLatitude ?? 91, decimals: 6)
        append(#"","sw_lon":""#)
        append(fixed: swLongitude ?? 181, decimals: 6)
        append(#"","sw_lat":""#)
        append(fixed: swLatitude ?? 91, decimals: 6)
        append(UInt8(ascii: "\""))
    }

    /// gpsd 3.22 reads the type 24 vendor ID as seven characters, the three of ITU-R M.1371-5 followed
    /// by the four that the unit model and serial number fill; this rebuilds those seven.
    mutating func gpsdVendorID(_ m: StaticDataReport) {
        append(UInt8(ascii: "\""))
        let start = bytes.count
        for c in m.vendorID.utf8 { append(c) }
        if m.vendorID.utf8.count == 3 {
            let tail = UInt32(m.unitModel & 15) << 20 | (m.serialNumber & 0xF_FFFF)
            for i in 0..<4 {
                let value = UInt8(truncatingIfNeeded: tail >> UInt32(18 - 6 * i)) & 63
                if value == 0 { break }  // '@' ends the text
                append(SixBit.textCharacter(value))
            }
            while bytes.count > start && bytes[bytes.count - 1] == UInt8(ascii: " ") { bytes.removeLast() }
        }
        // six-bit text holds `"` and `\`, which JSON escapes
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "\\") {
                bytes.insert(UInt8(ascii: "\\"), at: i)
                i += 1
            }
            i += 1
        }
        append(UInt8(ascii: "\""))
    }
}
