/// The IMO 236/289 and regional applications of types 6 and 8, in gpsd's form.
extension GPSDJSONWriter {
    static func writeApplication(_ application: ApplicationMessage, _ out: inout JSONOutput) {
        switch application {
        case .dangerousCargo(let a): dangerousCargo(a, &out)
        case .tidalWindow(let a): tidalWindow(a, &out)
        case .clearanceTime(let a): clearanceTime(a, &out)
        case .textDescription(let a):
            out.append(#","linkage":"#)
            out.append(integer: a.linkage)
            out.append(#","text":"#)
            out.append(string: a.text)
        case .meteorologicalHydrological(let a): meteorologicalHydrological(a, &out)
        case .meteorologicalHydrological289(let a): meteorologicalHydrological289(a, &out)
        case .inlandShipData(let a): inlandShipData(a, &out)
        case .inlandPersonsOnBoard(let a):
            out.append(#","crew":"#)
            out.append(integer: a.crew)
            out.append(#","passengers":"#)
            out.append(integer: a.passengers)
            out.append(#","personnel":"#)
            out.append(integer: a.personnel)
        case .atonMonitoring(let a): atonMonitoring(a, &out)
        case .dangerousCargo289(let a):
            out.append(#","unit":"#)
            out.append(integer: a.unit)
            out.append(#","amount":"#)
            out.append(integer: a.amount)
            out.append(#","cargos":["#)
            for (i, cargo) in a.cargoes.enumerated() {
                out.append(i == 0 ? #"{"code":"# : #",{"code":"#)
                out.append(integer: cargo.code)
                out.append(#","subtype":"#)
                out.append(integer: cargo.subtype)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        case .routeInformation(let a): routeInformation(a, &out)
        case .fairwayClosed(let a): fairwayClosed(a, &out)
        case .airDraught(let a):
            out.append(#","airdraught":"#)
            out.append(integer: a.airDraught)
        case .inlandWaterLevels(let a):
            out.append(#","country":"#)
            out.append(string: a.country)
            out.append(#","gauges":["#)
            for (i, gauge) in a.gauges.enumerated() {
                out.append(i == 0 ? #"{"id":"# : #",{"id":"#)
                out.append(integer: gauge.id)
                out.append(#","level":"#)
                out.append(integer: gauge.level)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        case .inlandSignalStatus(let a): inlandSignalStatus(a, &out)
        }
    }

    static let routeTypes: [StaticString] = [
        "Undefined (default)", "Mandatory", "Recommended", "Alternative", "Recommended route through ice",
        "Ship route plan",
    ]

    static func routeInformation(_ a: RouteInformation, _ out: inout JSONOutput) {
        out.append(#","linkage":"#)
        out.append(integer: a.linkage)
        out.append(#","sender":"#)
        out.append(integer: a.sender)
        out.append(#","rtype":"#)
        out.append(integer: a.routeType)
        out.append(#","rtype_text":""#)
        switch a.routeType {
        case 0..<6: out.append(routeTypes[Int(a.routeType)])
        case 31: out.append("Cancel route identified by message linkage")
        default: out.append("Reserved for future use.")
        }
        out.append(#"","start":""#)
        out.gpsdMonthDayTime(a.month, a.day, a.hour, a.minute)
        out.append(#"Z","duration":"#)
        out.append(integer: a.duration)
        out.append(#","waypoints":["#)
        for (i, waypoint) in a.waypoints.enumerated() {
            out.append(i == 0 ? #"{"lon":"# : #",{"lon":"#)
            out.append(fixed: Double(waypoint.longitude) / 600_000, decimals: 6)
            out.append(#","lat":"#)
            out.append(fixed: Double(waypoint.latitude) / 600_000, decimals: 6)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    static func fairwayClosed(_ a: FairwayClosed, _ out: inout JSONOutput) {
        out.append(#","reason":"#)
        out.append(string: a.reason)
        out.append(#","closefrom":"#)
        out.append(string: a.closedFrom)
        out.append(#","closeto":"#)
        out.append(string: a.closedTo)
        out.append(#","radius":"#)
        out.append(integer: a.radius)
        out.append(#","extunit":"#)
        out.append(integer: a.extensionUnit)
        out.append(#","from":""#)
        out.gpsdMonthDayTime(a.fromMonth, a.fromDay, a.fromHour, a.fromMinute)
        out.append(#"","to":""#)
        out.gpsdMonthDayTime(a.toMonth, a.toDay, a.toHour, a.toMinute)
        out.append(UInt8(ascii: "\""))
    }

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
    static let minutesDivisor = 60_000.0

    static func dangerousCargo(_ a: DangerousCargoIndication, _ out: inout JSONOutput) {
        out.append(#","lastport":"#)
        out.append(string: a.lastPort)
        out.append(#","departure":""#)
        out.gpsdMonthDayTime(a.departureMonth, a.departureDay, a.departureHour, a.departureMinute)
        out.append(#"Z","nextport":"#)
        out.append(string: a.nextPort)
        out.append(#","eta":""#)
        out.gpsdMonthDayTime(a.arrivalMonth, a.arrivalDay, a.arrivalHour, a.arrivalMinute)
        out.append(#"Z","dangerous":"#)
        out.append(string: a.dangerousGood)
        out.append(#","imdcat":"#)
        out.append(string: a.imdgClass)
        out.append(#","unid":"#)
        out.append(integer: a.unNumber)
        out.append(#","amount":"#)
        out.append(integer: a.amount)
        out.append(#","unit":"#)
        out.append(integer: a.unit)
    }

    static func tidalWindow(_ a: TidalWindow, _ out: inout JSONOutput) {
        out.append(#","month":"#)
        out.append(integer: a.month)
        out.append(#","day":"#)
        out.append(integer: a.day)
        out.append(#","tidals":["#)
        for (i, w) in a.windows.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(#"{"lon":"#)
            out.append(fixed: Double(w.rawLongitude) / minutesDivisor, decimals: 4)
            out.append(#","lat":"#)
            out.append(fixed: Double(w.rawLatitude) / minutesDivisor, decimals: 4)
            out.append(#","from_hour":"#)
            out.append(integer: w.fromHour)
            out.append(#","from_min":"#)
            out.append(integer: w.fromMinute)
            out.append(#","to_hour":"#)
            out.append(integer: w.toHour)
            out.append(#","to_min":"#)
            out.append(integer: w.toMinute)
            out.append(#","cdir":"#)
            out.append(integer: w.currentDirection)
            out.append(#","cspeed":"#)
            out.append(fixed: Double(w.currentSpeed) / 10, decimals: 1)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    static func clearanceTime(_ a: ClearanceTimeToEnterPort, _ out: inout JSONOutput) {
        out.append(#","linkage":"#)
        out.append(integer: a.linkage)
        out.append(#","arrival":""#)
        out.gpsdMonthDayTime(a.month, a.day, a.hour, a.minute)
        out.append(#"Z","portname":"#)
        out.append(string: a.portName)
        out.append(#","destination":"#)
        out.append(string: a.destination)
        out.append(#","lon":"#)
        out.append(fixed: Double(a.rawLongitude) / minutesDivisor, decimals: 4)
        out.append(#","lat":"#)
        out.append(fixed: Double(a.rawLatitude) / minutesDivisor, decimals: 4)
    }

    static func atonMonitoring(_ a: AtoNMonitoringData, _ out: inout JSONOutput) {
        out.append(#","off_pos":"#)
        out.gpsdBool(a.offPosition)
        out.append(#","alarm":"#)
        out.gpsdBool(a.alarm)
        out.append(#","stat_ext":"#)
        out.append(integer: a.externalStatus)
        let voltages: [(StaticString, UInt16)] = [
            (#","ana_int":"#, a.analogueInternal), (#","ana_ext1":"#, a.analogueExternal1),
            (#","ana_ext2":"#, a.analogueExternal2),
        ]
        for (name, raw) in voltages {
            out.append(name)
            // gpsd prints a zero voltage as the integer 0
            if raw == 0 { out.append(UInt8(ascii: "0")) } else { out.append(fixed: Double(raw) * 0.05, decimals: 2) }
        }
        out.append(#","racon":"#)
        out.append(integer: a.racon)
        out.append(#","racon_text":""#)
        out.append(raconTexts[Int(a.racon & 3)])
        out.append(#"","light":"#)
        out.append(integer: a.light)
        out.append(#","light_text":""#)
        out.append(lightTexts[Int(a.light & 3)])
        out.append(UInt8(ascii: "\""))
    }

    static let raconTexts: [StaticString] = [
        "No RACON installed", "RACON not monitored", "RACON operational", "RACON ERROR",
    ]
    static let lightTexts: [StaticString] = ["No light or no monitoring", "Light ON", "Light OFF", "Light ERROR"]
    static let trends: [StaticString] = ["steady", "increasing", "decreasing", "N/A"]
    static let precipitationTypes: [StaticString] = [
        "reserved", "rain", "thunderstorm", "freezing rain", "mixed/ice", "snow", "reserved", "N/A",
    ]
    static let iceTexts: [StaticString] = ["no", "yes", "reserved", "N/A"]

    static func meteorologicalHydrological(_ a: MeteorologicalHydrologicalData, _ out: inout JSONOutput) {
        out.append(#","lat":"#)
        out.append(fixed: Double(a.rawLatitude) / minutesDivisor, decimals: 4)
        out.append(#","lon":"#)
        out.append(fixed: Double(a.rawLongitude) / minutesDivisor, decimals: 4)
        out.gpsdWind(a.day, a.hour, a.minute, a.windSpeed, a.windGust, a.windDirection, a.windGustDirection, a.humidity)
        out.append(#","airtemp":"#)
        out.append(fixed: Double(Int(a.airTemperature) - 600) / 10, decimals: 1)
        out.append(#","dewpoint":"#)
        out.append(fixed: Double(Int(a.dewPoint) - 200) / 10, decimals: 1)
        out.append(#","pressure":"#)
        out.append(integer: Int(a.pressure) + 800)
        out.append(#","pressuretend":""#)
        out.append(trends[Int(a.pressureTendency & 3)])
        out.append(#"","visibility":"#)
        out.append(fixed: Double(a.visibility) / 10, decimals: 1)
        out.append(#","waterlevel":"#)
        out.append(fixed: Double(Int(a.waterLevel) - 100) / 10, decimals: 1)
        out.append(#","leveltrend":""#)
        out.append(trends[Int(a.waterLevelTrend & 3)])
        out.append(UInt8(ascii: "\""))
        out.gpsdCurrentsAndWaves(
            (a.currentSpeed, a.currentDirection),
            (a.currentSpeed2, a.currentDirection2, a.currentDepth2),
            (a.currentSpeed3, a.currentDirection3, a.currentDepth3),
            (a.waveHeight, a.wavePeriod, a.waveDirection),
            (a.swellHeight, a.swellPeriod, a.swellDirection),
            a.seaState
        )
        out.append(#","watertemp":"#)
        out.append(fixed: Double(Int(a.waterTemperature) - 100) / 10, decimals: 1)
        out.append(#","preciptype":"#)
        out.append(integer: a.precipitation)
        out.append(#","preciptype_text":""#)
        out.append(precipitationTypes[Int(a.precipitation & 7)])
        out.append(#"","salinity":"#)
        out.append(fixed: Double(a.salinity) / 10, decimals: 1)
        out.append(#","ice":"#)
        out.append(integer: a.ice)
        out.append(#","ice_text":""#)
        out.append(iceTexts[Int(a.ice & 3)])
        out.append(UInt8(ascii: "\""))
    }

    static func meteorologicalHydrological289(_ a: MeteorologicalHydrologicalData289, _ out: inout JSONOutput) {
        out.append(#","lat":"#)
        out.append(fixed: Double(a.rawLatitude) / minutesDivisor, decimals: 4)
        out.append(#","lon":"#)
        out.append(fixed: Double(a.rawLongitude) / minutesDivisor, decimals: 4)
        out.append(#","accuracy":"#)
        out.gpsdBool(a.positionAccuracy)
        out.gpsdWind(a.day, a.hour, a.minute, a.windSpeed, a.windGust, a.windDirection, a.windGustDirection, a.humidity)
        out.append(#","airtemp":"#)
        out.append(fixed: Double(a.airTemperature) / 10, decimals: 1)
        out.append(#","dewpoint":"#)
        out.append(fixed: Double(a.dewPoint) / 10, decimals: 1)
        out.append(#","pressure":"#)
        out.append(integer: Int(a.pressure) + 799)
        out.append(#","pressuretend":""#)
        out.append(trends[Int(a.pressureTendency & 3)])
        out.append(#"","visgreater":"#)
        out.gpsdBool(a.visibilityGreater)
        out.append(#","visibility":"#)
        out.append(fixed: Double(a.visibility) / 10, decimals: 1)
        // gpsd subtracts the offset in unsigned arithmetic: levels below the offset wrap around 2^32
        out.append(#","waterlevel":"#)
        out.append(fixed: Double(UInt32(a.waterLevel) &- 1000) / 100, decimals: 1)
        out.append(#","leveltrend":""#)
        out.append(trends[Int(a.waterLevelTrend & 3)])
        out.append(UInt8(ascii: "\""))
        out.gpsdCurrentsAndWaves(
            (a.currentSpeed, a.currentDirection),
            (a.currentSpeed2, a.currentDirection2, a.currentDepth2),
            (a.currentSpeed3, a.currentDirection3, a.currentDepth3),
            (a.waveHeight, a.wavePeriod, a.waveDirection),
            (a.swellHeight, a.swellPeriod, a.swellDirection),
            a.seaState
        )
        out.append(#","watertemp":"#)
        out.append(fixed: Double(a.waterTemperature) / 10, decimals: 1)
        out.append(#","preciptype":""#)
        out.append(precipitationTypes[Int(a.precipitation & 7)])
        out.append(#"","salinity":"#)
        out.append(fixed: Double(a.salinity) / 10, decimals: 1)
        out.append(#","ice":""#)
        out.append(iceTexts[Int(a.ice & 3)])
        out.append(UInt8(ascii: "\""))
    }

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

extension JSONOutput {
    // swift-format-ignore: FunctionParameterCount
    mutating func gpsdWind(
        _ day: UInt8,
        _ hour: UInt8,
        _ minute: UInt8,
        _ speed: UInt8,
        _ gust: UInt8,
        _ direction: UInt16,
        _ gustDirection: UInt16,
        _ humidity: UInt8
    ) {
        append(#","timestamp":""#)
        append(integer: day, minimumDigits: 2)
        append(UInt8(ascii: "T"))
        append(integer: hour, minimumDigits: 2)
        append(UInt8(ascii: ":"))
        append(integer: minute, minimumDigits: 2)
        append(#"Z","wspeed":"#)
        append(integer: speed)
        append(#","wgust":"#)
        append(integer: gust)
        append(#","wdir":"#)
        append(integer: direction)
        append(#","wgustdir":"#)
        append(integer: gustDirection)
        append(#","humidity":"#)
        append(integer: humidity)
    }

    mutating func gpsdCurrentsAndWaves(
        _ current: (UInt8, UInt16),
        _ current2: (UInt8, UInt16, UInt8),
        _ current3: (UInt8, UInt16, UInt8),
        _ wave: (UInt8, UInt8, UInt16),
        _ swell: (UInt8, UInt8, UInt16),
        _ seaState: UInt8
    ) {
        append(#","cspeed":"#)
        append(fixed: Double(current.0) / 10, decimals: 1)
        append(#","cdir":"#)
        append(integer: current.1)
        append(#","cspeed2":"#)
        append(fixed: Double(current2.0) / 10, decimals: 1)
        append(#","cdir2":"#)
        append(integer: current2.1)
        append(#","cdepth2":"#)
        append(integer: current2.2)
        append(#","cspeed3":"#)
        append(fixed: Double(current3.0) / 10, decimals: 1)
        append(#","cdir3":"#)
        append(integer: current3.1)
        append(#","cdepth3":"#)
        append(integer: current3.2)
        append(#","waveheight":"#)
        append(fixed: Double(wave.0) / 10, decimals: 1)
        append(#","waveperiod":"#)
        append(integer: wave.1)
        append(#","wavedir":"#)
        append(integer: wave.2)
        append(#","swellheight":"#)
        append(fixed: Double(swell.0) / 10, decimals: 1)
        append(#","swellperiod":"#)
        append(integer: swell.1)
        append(#","swelldir":"#)
        append(integer: swell.2)
        append(#","seastate":"#)
        append(integer: seaState)
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
