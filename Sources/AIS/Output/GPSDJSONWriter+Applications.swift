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
}
