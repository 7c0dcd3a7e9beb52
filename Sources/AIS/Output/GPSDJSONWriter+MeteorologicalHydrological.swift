/// The IMO meteorological and hydrological messages (DAC 1 FI 11 and FI 31) in gpsd's form.
extension GPSDJSONWriter {
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
