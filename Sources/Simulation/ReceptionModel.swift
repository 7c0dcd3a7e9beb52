import Geo

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A shore (or anchored) AIS receiver, which also transmits base station reports (message 4).
public struct CoastalReceiver: Sendable {
    public var name: String
    public var position: GeoPoint
    /// Reception range in nautical miles. VHF reaches about the radio horizon of a 4/3-radius
    /// Earth, 2.22 (√h₁ + √h₂) nm for antenna heights in metres: 40 nm is a hill-top site
    /// (about 200 m) hearing a ship's antenna 20 m up.
    public var rangeNauticalMiles: Double
    /// MMSI of the base station (00MIDxxxx), nil for a receive-only site.
    public var baseStationMMSI: UInt32?

    public init(name: String, position: GeoPoint, rangeNauticalMiles: Double = 40, baseStationMMSI: UInt32? = nil) {
        self.name = name
        self.position = position
        self.rangeNauticalMiles = rangeNauticalMiles
        self.baseStationMMSI = baseStationMMSI
    }
}

/// Satellite AIS over the scenario's area: sparse passes with a low chance of catching any one
/// message (satellite receivers see many SOTDMA cells at once, and messages collide), and areas
/// the satellite never hears (``holes``), which make coverage gaps that are not dark vessels.
public struct SatelliteCoverage: Sendable {
    /// Seconds from one pass to the next: a constellation of a dozen or more low-orbit receivers
    /// revisits mid-latitudes every hour or less (one satellite: every orbit, about 95 minutes).
    public var periodSeconds: Double = 3_000
    /// Seconds a pass lasts over the area.
    public var passSeconds: Double = 600
    /// Offset of the first pass from the scenario's start.
    public var phaseSeconds: Double = 0
    /// Chance that one message sent during a pass is received.
    public var detectionProbability: Double = 0.15
    /// Circles (centre, radius in nm) where the satellite hears nothing.
    public var holes: [(centre: GeoPoint, radiusNauticalMiles: Double)] = []

    public init() {}

    /// Whether a message sent at `point` at `secondsFromStart` falls in a pass and outside the holes.
    public func covers(_ point: GeoPoint, secondsFromStart t: Double) -> Bool {
        let phase = (t - phaseSeconds).truncatingRemainder(dividingBy: periodSeconds)
        let inPass = phase >= 0 ? phase < passSeconds : phase + periodSeconds < passSeconds
        guard inPass else { return false }
        return !inHole(point)
    }

    /// Whether `point` is in a hole.
    public func inHole(_ point: GeoPoint) -> Bool {
        for hole in holes where hole.centre.distanceNauticalMiles(to: point) < hole.radiusNauticalMiles {
            return true
        }
        return false
    }
}

/// Which messages reach the feed: any within range of a coastal receiver (each with
/// ``coastalProbability``), else those a satellite pass catches.
public struct ReceptionModel: Sendable {
    public var receivers: [CoastalReceiver]
    /// Chance that a message sent within a receiver's range is received (slot collisions, fading).
    public var coastalProbability: Double = 0.92
    public var satellite: SatelliteCoverage?
    private var cosines: [Double]

    public init(receivers: [CoastalReceiver], satellite: SatelliteCoverage?) {
        self.receivers = receivers
        self.satellite = satellite
        self.cosines = receivers.map { cos(Geo.radians($0.position.latitude)) }
    }

    /// Whether `point` is within range of a coastal receiver (flat-Earth distance, which over
    /// 40 nm differs from the great circle by less than 0.1 %).
    public func coastalCoverage(_ point: GeoPoint) -> Bool {
        for i in receivers.indices {
            let r = receivers[i]
            let dy = (point.latitude - r.position.latitude) * 60
            let dx = (point.longitude - r.position.longitude) * 60 * cosines[i]
            if dx * dx + dy * dy <= r.rangeNauticalMiles * r.rangeNauticalMiles { return true }
        }
        return false
    }

    /// Whether a message sent at `point`, `t` seconds into the scenario, is received.
    public func receives(_ point: GeoPoint, secondsFromStart t: Double, using rng: inout SeededGenerator) -> Bool {
        if coastalCoverage(point) { return rng.chance(coastalProbability) }
        if let satellite, satellite.covers(point, secondsFromStart: t) {
            return rng.chance(satellite.detectionProbability)
        }
        return false
    }
}
