/// The Inland AIS applications (DAC 200) in gpsd's form.
extension GPSDJSONWriter {
    static let signalDirections: [StaticString] = [
        "Unknown", "Upstream", "Downstream", "To left bank", "To right bank",
    ]
    static let signalLights: [StaticString] = [
        "Unknown", "No light", "White", "Yellow", "Green", "Red", "White flashing", "Yellow flashing.",
    ]

    static func inlandSignalStatus(_ a: InlandSignalStatus, _ out: inout JSONOutput) {
        out.append(#","lon":"#)
        out.append(fixed: Double(a.rawLongitude) / 600_000, decimals: 6)
        out.append(#","lat":"#)
        out.append(fixed: Double(a.rawLatitude) / 600_000, decimals: 6)
        out.append(#","form":"#)
        out.append(integer: a.form)
        out.append(#","facing":"#)
        out.append(integer: a.facing)
        out.append(#","direction":"#)
        out.append(integer: a.direction)
        out.append(#","direction_text":""#)
        out.append(a.direction < 5 ? signalDirections[Int(a.direction)] : "INVALID DIRECTION")
        out.append(#"","status":"#)
        out.append(integer: a.status)
        out.append(#","status_text":""#)
        out.append(a.status < 8 ? signalLights[Int(a.status)] : "INVALID STATUS")
        out.append(UInt8(ascii: "\""))
    }

    /// gpsd divides these positions by 60 000 whatever their resolution and prints four decimals.
    static func inlandShipData(_ a: InlandShipStaticData, _ out: inout JSONOutput) {
        out.append(#","vin":"#)
        out.append(string: a.europeanNumber)
        out.append(#","length":"#)
        out.append(integer: a.length)
        out.append(#","beam":"#)
        out.append(integer: a.beam)
        out.append(#","shiptype":"#)
        out.append(integer: a.shipType)
        out.append(#","shiptype_text":""#)
        out.append(GPSDLegends.inlandShipType(a.shipType))
        out.append(#"","hazard":"#)
        out.append(integer: a.hazard)
        out.append(#","hazard_text":""#)
        out.append(GPSDLegends.inlandHazard(a.hazard))
        out.append(#"","draught":"#)
        out.append(integer: a.draught)
        out.append(#","loaded":"#)
        out.append(integer: a.loaded)
        out.append(#","loaded_text":""#)
        switch a.loaded {
        case 0: out.append("N/A (default)")
        case 1: out.append("Unloaded")
        case 2: out.append("Loaded")
        default: out.append("INVALID LOAD STATUS")
        }
        out.append(#"","speed_q":"#)
        out.gpsdBool(a.speedQuality)
        out.append(#","course_q":"#)
        out.gpsdBool(a.courseQuality)
        out.append(#","heading_q":"#)
        out.gpsdBool(a.headingQuality)
    }
}

extension GPSDLegends {
    /// Inland AIS ship types: gpsd matches either the ERI code or the IMO type it maps to, in this
    /// order, and falls back to "Illegal ship type value.".
    static let inlandShipTypes: [(code: UInt16, imo: UInt16, text: StaticString)] = [
        (8000, 99, "Vessel, type unknown"), (8010, 79, "Motor freighter"), (8020, 89, "Motor tanker"),
        (8021, 80, "Motor tanker, liquid cargo, type N"), (8022, 80, "Motor tanker, liquid cargo, type C"),
        (8023, 89, "Motor tanker, dry cargo as if liquid (e.g. cement)"), (8030, 79, "Container vessel"),
        (8040, 80, "Gas tanker"), (8050, 79, "Motor freighter, tug"), (8060, 89, "Motor tanker, tug"),
        (8070, 79, "Motor freighter with one or more ships alongside"), (8080, 89, "Motor freighter with tanker"),
        (8090, 79, "Motor freighter pushing one or more freighters"),
        (8100, 89, "Motor freighter pushing at least one tank-ship"), (8110, 79, "Tug, freighter"),
        (8120, 89, "Tug, tanker"), (8130, 31, "Tug freighter, coupled"), (8140, 31, "Tug, freighter/tanker, coupled"),
        (8150, 99, "Freightbarge"), (8160, 99, "Tankbarge"), (8161, 90, "Tankbarge, liquid cargo, type N"),
        (8162, 90, "Tankbarge, liquid cargo, type C"), (8163, 99, "Tankbarge, dry cargo as if liquid (e.g. cement)"),
        (8170, 99, "Freightbarge with containers"), (8180, 90, "Tankbarge, gas"),
        (8210, 79, "Pushtow, one cargo barge"), (8220, 79, "Pushtow, two cargo barges"),
        (8230, 79, "Pushtow, three cargo barges"), (8240, 79, "Pushtow, four cargo barges"),
        (8250, 79, "Pushtow, five cargo barges"), (8260, 79, "Pushtow, six cargo barges"),
        (8270, 79, "Pushtow, seven cargo barges"), (8280, 79, "Pushtow, eigth cargo barges"),
        (8290, 79, "Pushtow, nine or more barges"), (8310, 80, "Pushtow, one tank/gas barge"),
        (8320, 80, "Pushtow, two barges at least one tanker or gas barge"),
        (8330, 80, "Pushtow, three barges at least one tanker or gas barge"),
        (8340, 80, "Pushtow, four barges at least one tanker or gas barge"),
        (8350, 80, "Pushtow, five barges at least one tanker or gas barge"),
        (8360, 80, "Pushtow, six barges at least one tanker or gas barge"),
        (8370, 80, "Pushtow, seven barges at least one tanker or gas barg"),
    ]

    static func inlandShipType(_ code: UInt16) -> StaticString {
        for entry in inlandShipTypes where entry.code == code || entry.imo == code {
            return entry.text
        }
        return "Illegal ship type value."
    }

    static func inlandHazard(_ code: UInt8) -> StaticString {
        switch code {
        case 0: "0 blue cones/lights"
        case 1: "1 blue cone/light"
        case 2: "2 blue cones/lights"
        case 3: "3 blue cones/lights"
        case 4: "4 B-Flag"
        case 5: "Unknown"
        default: "INVALID HAZARD TYPE"
        }
    }
}
