/// DAC 1 FI 11: meteorological and hydrological data (IMO SN.1/Circ.236 Annex 2 §1), broadcast.
/// A trial message, replaced by FI 31 from 2013, still sent by many stations.
///
/// Fields are kept as transmitted; the comments give the unit and the "not available" code.
public struct MeteorologicalHydrologicalData: Sendable, Hashable {
    /// Position of the station in 1/1000 minute (lat 0x7FFFFF, lon 0xFFFFFF n/a).
    public var rawLatitude: Int32, rawLongitude: Int32
    /// Time of the observation, UTC day, hour, minute.
    public var day: UInt8, hour: UInt8, minute: UInt8
    /// Average wind speed and gust in knots (127 n/a); directions in degrees (511 n/a).
    public var windSpeed: UInt8, windGust: UInt8, windDirection: UInt16, windGustDirection: UInt16
    /// Air temperature in 0.1 °C offset by −60 °C (raw 600 is 0 °C; 2047 n/a).
    public var airTemperature: UInt16
    /// Relative humidity in % (127 n/a).
    public var humidity: UInt8
    /// Dew point in 0.1 °C offset by −20 °C (1023 n/a).
    public var dewPoint: UInt16
    /// Air pressure in hPa offset by 800 (511 n/a); tendency 0 steady, 1 rising, 2 falling, 3 n/a.
    public var pressure: UInt16, pressureTendency: UInt8
    /// Horizontal visibility in 0.1 nautical mile (255 n/a).
    public var visibility: UInt8
    /// Water level in 0.1 m offset by −10 m (511 n/a); trend coded as the pressure tendency.
    public var waterLevel: UInt16, waterLevelTrend: UInt8
    /// Surface current speed in 0.1 kn (255 n/a) and direction in degrees (511 n/a).
    public var currentSpeed: UInt8, currentDirection: UInt16
    /// Currents at two depths: speed (0.1 kn), direction (degrees), depth (m, 31 n/a).
    public var currentSpeed2: UInt8, currentDirection2: UInt16, currentDepth2: UInt8
    public var currentSpeed3: UInt8, currentDirection3: UInt16, currentDepth3: UInt8
    /// Significant wave height (0.1 m, 255 n/a), period (s, 63 n/a), direction (degrees, 511 n/a).
    public var waveHeight: UInt8, wavePeriod: UInt8, waveDirection: UInt16
    /// Swell height (0.1 m), period (s) and direction (degrees).
    public var swellHeight: UInt8, swellPeriod: UInt8, swellDirection: UInt16
    /// Sea state on the Beaufort scale (15 n/a).
    public var seaState: UInt8
    /// Water temperature in 0.1 °C offset by −10 °C (1023 n/a).
    public var waterTemperature: UInt16
    /// Precipitation type, WMO 306 code table 4.201 (7 n/a).
    public var precipitation: UInt8
    /// Salinity in 0.1 ‰ (511 n/a).
    public var salinity: UInt16
    /// Ice: 0 no, 1 yes, 3 n/a.
    public var ice: UInt8

    init(_ d: AISBits) {
        rawLatitude = Int32(d.signedField(0, 24))
        rawLongitude = Int32(d.signedField(24, 25))
        day = UInt8(d.field(49, 5))
        hour = UInt8(d.field(54, 5))
        minute = UInt8(d.field(59, 6))
        windSpeed = UInt8(d.field(65, 7))
        windGust = UInt8(d.field(72, 7))
        windDirection = UInt16(d.field(79, 9))
        windGustDirection = UInt16(d.field(88, 9))
        airTemperature = UInt16(d.field(97, 11))
        humidity = UInt8(d.field(108, 7))
        dewPoint = UInt16(d.field(115, 10))
        pressure = UInt16(d.field(125, 9))
        pressureTendency = UInt8(d.field(134, 2))
        visibility = UInt8(d.field(136, 8))
        waterLevel = UInt16(d.field(144, 9))
        waterLevelTrend = UInt8(d.field(153, 2))
        currentSpeed = UInt8(d.field(155, 8))
        currentDirection = UInt16(d.field(163, 9))
        currentSpeed2 = UInt8(d.field(172, 8))
        currentDirection2 = UInt16(d.field(180, 9))
        currentDepth2 = UInt8(d.field(189, 5))
        currentSpeed3 = UInt8(d.field(194, 8))
        currentDirection3 = UInt16(d.field(202, 9))
        currentDepth3 = UInt8(d.field(211, 5))
        waveHeight = UInt8(d.field(216, 8))
        wavePeriod = UInt8(d.field(224, 6))
        waveDirection = UInt16(d.field(230, 9))
        swellHeight = UInt8(d.field(239, 8))
        swellPeriod = UInt8(d.field(247, 6))
        swellDirection = UInt16(d.field(253, 9))
        seaState = UInt8(d.field(262, 4))
        waterTemperature = UInt16(d.field(266, 10))
        precipitation = UInt8(d.field(276, 3))
        salinity = UInt16(d.field(279, 9))
        ice = UInt8(d.field(288, 2))
    }
}

/// DAC 1 FI 31: meteorological and hydrological data (IMO SN.1/Circ.289 §6), broadcast.
///
/// Fields are kept as transmitted; the comments give the unit and the "not available" code.
public struct MeteorologicalHydrologicalData289: Sendable, Hashable {
    /// Position of the station in 1/1000 minute (181° and 91° n/a).
    public var rawLongitude: Int32, rawLatitude: Int32
    /// True when the position is better than 10 m.
    public var positionAccuracy: Bool
    /// Time of the observation, UTC day, hour, minute.
    public var day: UInt8, hour: UInt8, minute: UInt8
    /// Average wind speed and gust in knots (127 n/a); directions in degrees (360 n/a).
    public var windSpeed: UInt8, windGust: UInt8, windDirection: UInt16, windGustDirection: UInt16
    /// Air temperature in 0.1 °C, signed (−1024 n/a).
    public var airTemperature: Int16
    /// Relative humidity in % (101 n/a).
    public var humidity: UInt8
    /// Dew point in 0.1 °C, signed (501 n/a).
    public var dewPoint: Int16
    /// Air pressure in hPa offset by 799 (511 n/a); tendency 0 steady, 1 rising, 2 falling, 3 n/a.
    public var pressure: UInt16, pressureTendency: UInt8
    /// True when the visibility is greater than the value given.
    public var visibilityGreater: Bool
    /// Horizontal visibility in 0.1 nautical mile (127 n/a).
    public var visibility: UInt8
    /// Water level in cm offset by −10 m (4001 n/a); trend coded as the pressure tendency.
    public var waterLevel: UInt16, waterLevelTrend: UInt8
    /// Surface current speed in 0.1 kn (255 n/a) and direction in degrees (360 n/a).
    public var currentSpeed: UInt8, currentDirection: UInt16
    /// Currents at two depths: speed (0.1 kn), direction (degrees), depth (0.1 m).
    public var currentSpeed2: UInt8, currentDirection2: UInt16, currentDepth2: UInt8
    public var currentSpeed3: UInt8, currentDirection3: UInt16, currentDepth3: UInt8
    /// Significant wave height (0.1 m), period (s, 63 n/a), direction (degrees, 360 n/a).
    public var waveHeight: UInt8, wavePeriod: UInt8, waveDirection: UInt16
    /// Swell height (0.1 m), period (s) and direction (degrees).
    public var swellHeight: UInt8, swellPeriod: UInt8, swellDirection: UInt16
    /// Sea state on the Beaufort scale (15 n/a).
    public var seaState: UInt8
    /// Water temperature in 0.1 °C, signed (601 n/a).
    public var waterTemperature: Int16
    /// Precipitation type, WMO 306 code table 4.201 (7 n/a).
    public var precipitation: UInt8
    /// Salinity in 0.1 ‰ (510 n/a).
    public var salinity: UInt16
    /// Ice: 0 no, 1 yes, 3 n/a.
    public var ice: UInt8

    init(_ d: AISBits) {
        rawLongitude = Int32(d.signedField(0, 25))
        rawLatitude = Int32(d.signedField(25, 24))
        positionAccuracy = d.field(49, 1) != 0
        day = UInt8(d.field(50, 5))
        hour = UInt8(d.field(55, 5))
        minute = UInt8(d.field(60, 6))
        windSpeed = UInt8(d.field(66, 7))
        windGust = UInt8(d.field(73, 7))
        windDirection = UInt16(d.field(80, 9))
        windGustDirection = UInt16(d.field(89, 9))
        airTemperature = Int16(d.signedField(98, 11))
        humidity = UInt8(d.field(109, 7))
        dewPoint = Int16(d.signedField(116, 10))
        pressure = UInt16(d.field(126, 9))
        pressureTendency = UInt8(d.field(135, 2))
        visibilityGreater = d.field(137, 1) != 0
        visibility = UInt8(d.field(138, 7))
        waterLevel = UInt16(d.field(145, 12))
        waterLevelTrend = UInt8(d.field(157, 2))
        currentSpeed = UInt8(d.field(159, 8))
        currentDirection = UInt16(d.field(167, 9))
        currentSpeed2 = UInt8(d.field(176, 8))
        currentDirection2 = UInt16(d.field(184, 9))
        currentDepth2 = UInt8(d.field(193, 5))
        currentSpeed3 = UInt8(d.field(198, 8))
        currentDirection3 = UInt16(d.field(206, 9))
        currentDepth3 = UInt8(d.field(215, 5))
        waveHeight = UInt8(d.field(220, 8))
        wavePeriod = UInt8(d.field(228, 6))
        waveDirection = UInt16(d.field(234, 9))
        swellHeight = UInt8(d.field(243, 8))
        swellPeriod = UInt8(d.field(251, 6))
        swellDirection = UInt16(d.field(257, 9))
        seaState = UInt8(d.field(266, 4))
        waterTemperature = Int16(d.signedField(270, 10))
        precipitation = UInt8(d.field(280, 3))
        salinity = UInt16(d.field(283, 9))
        ice = UInt8(d.field(292, 2))
    }
}

/// DAC 200 FI 10: Inland AIS ship static and voyage related data (ERI), broadcast.
public struct InlandShipStaticData: Sendable, Hashable {
    /// European vessel identification number (ENI), 8 characters.
    public var europeanNumber: String
    /// Length and beam of the ship in 0.1 m.
    public var length: UInt16, beam: UInt16
    /// ERI ship or combination type code (8000–8999, UN/ECE Recommendation 28).
    public var shipType: UInt16
    /// Hazardous cargo: number of blue cones or lights 0–3, 4 B-flag, 5 unknown.
    public var hazard: UInt8
    /// Draught in 0.01 m.
    public var draught: UInt16
    /// 0 n/a, 1 unloaded, 2 loaded.
    public var loaded: UInt8
    /// Quality of speed, course and heading: true high (certified sensor), false low.
    public var speedQuality: Bool, courseQuality: Bool, headingQuality: Bool

    init(_ d: AISBits) {
        europeanNumber = d.text(0, characters: 8)
        length = UInt16(d.field(48, 13))
        beam = UInt16(d.field(61, 10))
        shipType = UInt16(d.field(71, 14))
        hazard = UInt8(d.field(85, 3))
        draught = UInt16(d.field(88, 11))
        loaded = UInt8(d.field(99, 2))
        speedQuality = d.field(101, 1) != 0
        courseQuality = d.field(102, 1) != 0
        headingQuality = d.field(103, 1) != 0
    }
}
