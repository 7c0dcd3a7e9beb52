/// Writes AIS messages as gpsd 3.22's `gpsdecode -s -j` does (scaled values, type 24 parts
/// reported separately), so that Kizuna's output can be diffed against gpsd's.
///
/// Field names, their order, the scaling, the number formats (C's `printf("%.Nf")`, reproduced
/// exactly from the binary value) and the text lookups are gpsd's, as described in Eric S. Raymond's
/// "AIVDM/AIVDO protocol decoding" and as gpsd 3.22 prints them. Where Kizuna's model holds nil for
/// a "not available" value, the writer prints what gpsd prints for the raw sentinel (`"nan"` for an
/// unavailable Class A speed, `181.000000` for an unavailable longitude, `511` for heading, …).
/// The deliberate departures from gpsd are listed in `docs/ais-gpsd.md`.
///
/// The writer keeps no state and builds no `String`s: digits go straight into the ``JSONOutput``.
public struct GPSDJSONWriter: Sendable {
    public init() {}

    /// Appends one JSON object for `message`, then a newline.
    public func write(_ message: AISMessage, to out: inout JSONOutput) {
        if case .positionReport(let m) = message.body {
            Self.positionReportLine(message, m, &out)
            return
        }
        out.append(#"{"class":"AIS","device":"stdin","type":"#)
        out.append(integer: message.messageType)
        out.append(#","repeat":"#)
        out.append(integer: message.repeatIndicator)
        out.append(#","mmsi":"#)
        out.append(integer: message.mmsi)
        out.append(#","scaled":true"#)
        switch message.body {
        case .positionReport: break  // written above
        case .baseStationReport(let m): Self.baseStationReport(m, &out)
        case .staticVoyageData(let m): Self.staticVoyageData(m, &out)
        case .addressedBinary(let m): Self.addressedBinary(m, &out)
        case .acknowledgement(let m): Self.acknowledgement(m, &out)
        case .broadcastBinary(let m): Self.broadcastBinary(m, &out)
        case .sarAircraftPosition(let m): Self.sarAircraftPosition(m, &out)
        case .dateInquiry(let m):
            out.append(#","dest_mmsi":"#)
            out.append(integer: m.destinationMMSI)
        case .addressedSafety(let m):
            out.append(#","seqno":"#)
            out.append(integer: m.sequenceNumber)
            out.append(#","dest_mmsi":"#)
            out.append(integer: m.destinationMMSI)
            out.append(#","retransmit":"#)
            out.gpsdBool(m.retransmitted)
            out.append(#","text":"#)
            out.append(string: m.text)
        case .broadcastSafety(let m):
            out.append(#","text":"#)
            out.append(string: m.text)
        case .interrogation(let m): Self.interrogation(m, &out)
        case .assignmentMode(let m): Self.assignmentMode(m, &out)
        case .dgnssBroadcast(let m): Self.dgnssBroadcast(m, &out)
        case .classBPosition(let m): Self.classBPosition(m, &out)
        case .extendedClassBPosition(let m): Self.extendedClassBPosition(m, &out)
        case .dataLinkManagement(let m): Self.dataLinkManagement(m, &out)
        case .aidToNavigation(let m): Self.aidToNavigation(m, &out)
        case .channelManagement(let m): Self.channelManagement(m, &out)
        case .groupAssignment(let m): Self.groupAssignment(m, &out)
        case .staticDataReport(let m): Self.staticDataReport(m, mmsi: message.mmsi, &out)
        case .slotBinary(let m): Self.slotBinary(m, &out)
        case .longRangePosition(let m): Self.longRangePosition(m, &out)
        }
        out.append("}\n")
    }

    // MARK: Types 1–5

    static func baseStationReport(_ m: BaseStationReport, _ out: inout JSONOutput) {
        out.append(#","timestamp":""#)
        out.append(integer: m.year, minimumDigits: 4)
        out.append(UInt8(ascii: "-"))
        out.append(integer: m.month, minimumDigits: 2)
        out.append(UInt8(ascii: "-"))
        out.append(integer: m.day, minimumDigits: 2)
        out.append(UInt8(ascii: "T"))
        out.append(integer: m.hour, minimumDigits: 2)
        out.append(UInt8(ascii: ":"))
        out.append(integer: m.minute, minimumDigits: 2)
        out.append(UInt8(ascii: ":"))
        out.append(integer: m.second, minimumDigits: 2)
        out.append(#"Z","accuracy":"#)
        out.gpsdBool(m.positionAccuracy)
        out.gpsdPosition(m.longitude, m.latitude)
        out.gpsdFixType(m.fixType)
        out.append(#","raim":"#)
        out.gpsdBool(m.raim)
        out.append(#","radio":"#)
        out.append(integer: m.radioStatus)
    }

    static func staticVoyageData(_ m: StaticVoyageData, _ out: inout JSONOutput) {
        out.append(#","imo":"#)
        out.append(integer: m.imoNumber)
        out.append(#","ais_version":"#)
        out.append(integer: m.aisVersion)
        out.append(#","callsign":"#)
        out.append(string: m.callSign)
        out.append(#","shipname":"#)
        out.append(string: m.shipName)
        out.gpsdShipType(m.shipType)
        out.gpsdDimensions(m.toBow, m.toStern, m.toPort, m.toStarboard)
        out.gpsdFixType(m.fixType)
        out.append(#","eta":""#)
        out.gpsdMonthDayTime(m.etaMonth, m.etaDay, m.etaHour, m.etaMinute)
        out.append(#"Z","draught":"#)
        out.append(fixed: m.draught ?? 0, decimals: 1)
        out.append(#","destination":"#)
        out.append(string: m.destination)
        out.append(#","dte":"#)
        out.append(integer: m.dteNotReady ? 1 : 0)
    }

    // MARK: Types 6–17

    static func addressedBinary(_ m: AddressedBinaryMessage, _ out: inout JSONOutput) {
        out.append(#","seqno":"#)
        out.append(integer: m.sequenceNumber)
        out.append(#","dest_mmsi":"#)
        out.append(integer: m.destinationMMSI)
        out.append(#","retransmit":"#)
        out.gpsdBool(m.retransmitted)
        out.append(#","dac":"#)
        out.append(integer: m.designatedAreaCode)
        out.append(#","fid":"#)
        out.append(integer: m.functionIdentifier)
        if let application = m.application {
            writeApplication(application, &out)
        } else {
            out.gpsdData(m.data)
        }
    }

    static func broadcastBinary(_ m: BroadcastBinaryMessage, _ out: inout JSONOutput) {
        out.append(#","dac":"#)
        out.append(integer: m.designatedAreaCode)
        out.append(#","fid":"#)
        out.append(integer: m.functionIdentifier)
        if let application = m.application {
            writeApplication(application, &out)
        } else {
            out.gpsdData(m.data)
        }
    }

    static let acknowledgementNames: [StaticString] = [#","mmsi1":"#, #","mmsi2":"#, #","mmsi3":"#, #","mmsi4":"#]

    static func acknowledgement(_ m: Acknowledgement, _ out: inout JSONOutput) {
        for i in 0..<4 {
            out.append(acknowledgementNames[i])
            out.append(integer: i < m.acknowledged.count ? m.acknowledged[i].mmsi : 0)
        }
    }

    static func sarAircraftPosition(_ m: SARAircraftPositionReport, _ out: inout JSONOutput) {
        out.append(#","alt":"#)
        switch m.altitude {
        case nil: out.append(#""nan""#)
        case 4094: out.append(#""high""#)
        case let altitude?: out.append(integer: altitude)
        }
        out.append(#","speed":"#)
        switch m.speedOverGround {
        case nil: out.append(#""nan""#)
        case 1022: out.append(#""fast""#)
        case let speed?: out.append(integer: speed)
        }
        out.append(#","accuracy":"#)
        out.gpsdBool(m.positionAccuracy)
        out.gpsdPosition(m.longitude, m.latitude)
        out.append(#","course":"#)
        out.append(fixed: m.courseOverGround ?? 360, decimals: 1)
        out.append(#","second":"#)
        out.append(integer: m.timestampSecond)
        // gpsd's 8-bit "regional" field starts with the altitude sensor bit
        out.append(#","regional":"#)
        out.append(integer: (m.barometricAltitude ? 128 : 0) | UInt16(m.regionalReserved & 127))
        out.append(#","dte":"#)
        out.append(integer: m.dteNotReady ? 1 : 0)
        out.append(#","raim":"#)
        out.gpsdBool(m.raim)
        out.append(#","radio":"#)
        out.append(integer: m.radioStatus)
    }

    static func interrogation(_ m: Interrogation, _ out: inout JSONOutput) {
        out.append(#","mmsi1":"#)
        out.append(integer: m.interrogatedMMSI1)
        out.append(#","type1_1":"#)
        out.append(integer: m.requestedType1_1)
        out.append(#","offset1_1":"#)
        out.append(integer: m.slotOffset1_1)
        out.append(#","type1_2":"#)
        out.append(integer: m.requestedType1_2)
        out.append(#","offset1_2":"#)
        out.append(integer: m.slotOffset1_2)
        out.append(#","mmsi2":"#)
        out.append(integer: m.interrogatedMMSI2)
        out.append(#","type2_1":"#)
        out.append(integer: m.requestedType2_1)
        out.append(#","offset2_1":"#)
        out.append(integer: m.slotOffset2_1)
    }

    static func assignmentMode(_ m: AssignmentModeCommand, _ out: inout JSONOutput) {
        out.append(#","mmsi1":"#)
        out.append(integer: m.destinationMMSIA)
        out.append(#","offset1":"#)
        out.append(integer: m.offsetA)
        out.append(#","increment1":"#)
        out.append(integer: m.incrementA)
        out.append(#","mmsi2":"#)
        out.append(integer: m.destinationMMSIB)
        out.append(#","offset2":"#)
        out.append(integer: m.offsetB)
        out.append(#","increment2":"#)
        out.append(integer: m.incrementB)
    }

    static func dgnssBroadcast(_ m: DGNSSBroadcast, _ out: inout JSONOutput) {
        out.append(#","lon":"#)
        out.append(fixed: m.longitude ?? 181, decimals: 1)
        out.append(#","lat":"#)
        out.append(fixed: m.latitude ?? 91, decimals: 1)
        out.gpsdData(m.data)
    }
}

// MARK: - gpsd's value formats

extension JSONOutput {
    @inline(__always)
    mutating func gpsdBool(_ value: Bool) {
        if value { append("true") } else { append("false") }
    }

    /// `"lon":%.6f,"lat":%.6f` in degrees; nil prints gpsd's sentinels 181 and 91.
    mutating func gpsdPosition(_ longitude: Double?, _ latitude: Double?) {
        append(#","lon":"#)
        append(fixed: longitude ?? 181, decimals: 6)
        append(#","lat":"#)
        append(fixed: latitude ?? 91, decimals: 6)
    }

    mutating func gpsdFixType(_ code: UInt8) {
        append(#","epfd":"#)
        append(integer: code)
        append(#","epfd_text":""#)
        append(GPSDLegends.fixType(code))
        append(UInt8(ascii: "\""))
    }

    mutating func gpsdShipType(_ code: UInt8) {
        append(#","shiptype":"#)
        append(integer: code)
        append(#","shiptype_text":""#)
        append(GPSDLegends.shipType(code))
        append(UInt8(ascii: "\""))
    }

    mutating func gpsdDimensions(_ bow: UInt16, _ stern: UInt16, _ port: UInt8, _ starboard: UInt8) {
        append(#","to_bow":"#)
        append(integer: bow)
        append(#","to_stern":"#)
        append(integer: stern)
        append(#","to_port":"#)
        append(integer: port)
        append(#","to_starboard":"#)
        append(integer: starboard)
    }

    /// `MM-DDTHH:MM` with two digits each (`%02u-%02uT%02u:%02u`).
    mutating func gpsdMonthDayTime(_ month: UInt8, _ day: UInt8, _ hour: UInt8, _ minute: UInt8) {
        append(integer: month, minimumDigits: 2)
        append(UInt8(ascii: "-"))
        append(integer: day, minimumDigits: 2)
        append(UInt8(ascii: "T"))
        append(integer: hour, minimumDigits: 2)
        append(UInt8(ascii: ":"))
        append(integer: minute, minimumDigits: 2)
    }

    /// `"data":"<bit count>:<hex>"`, gpsd's form for binary payloads.
    mutating func gpsdData(_ data: AISBits) {
        append(#","data":""#)
        append(integer: data.count)
        append(UInt8(ascii: ":"))
        var offset = 0
        while offset < data.count {
            let byte = data.unsigned(at: offset, width: 8)  // bits past the end read as zero
            append(JSONOutput.hex[Int(byte >> 4)])
            append(JSONOutput.hex[Int(byte & 15)])
            offset += 8
        }
        append(UInt8(ascii: "\""))
    }
}
