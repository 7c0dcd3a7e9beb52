import Geo
import Picture

/// Hand-built tracks for detector tests: positions of several vessels, fed in time order.
struct Track {
    static let t0 = ISOTime.milliseconds(year: 2024, month: 1, day: 1)
    /// A straight north–south shore along 124°E, 20–30°N: east of it is open sea.
    static let shore = CoastlineIndex(
        lines: [LineString(points: (0...20).map { GeoPoint(latitude: 20 + Double($0) * 0.5, longitude: 124) })]
    )

    /// A point `nm` nautical miles east of the shore at 25°N.
    static func offshore(_ nm: Double, north: Double = 0) -> GeoPoint {
        GeoPoint(latitude: 25, longitude: 124).destination(nauticalMiles: nm, bearingDegrees: 90)
            .destination(nauticalMiles: north, bearingDegrees: 0)
    }

    var reports: [(mmsi: UInt32, fix: Fix)] = []

    /// `mmsi` at `point` every `everyMinutes` from `fromMinutes` to `toMinutes` (inclusive) at `knots`.
    mutating func stay(
        _ mmsi: UInt32,
        at point: GeoPoint,
        fromMinutes: Double,
        toMinutes: Double,
        everyMinutes: Double = 6,
        knots: Double
    ) {
        var m = fromMinutes
        while m <= toMinutes + 1e-9 {
            add(mmsi, at: point, minutes: m, knots: knots)
            m += everyMinutes
        }
    }

    mutating func add(_ mmsi: UInt32, at point: GeoPoint, minutes: Double, knots: Double? = nil) {
        reports.append((mmsi, Fix(time: Track.t0 + Milliseconds(minutes * 60_000), point: point, speedKnots: knots)))
    }

    /// Feeds everything in time order (stable for equal times), finishes, and returns every update.
    func run(_ picture: inout MaritimePicture) -> [EventUpdate] {
        var updates: [EventUpdate] = []
        let ordered = reports.enumerated().sorted {
            ($0.element.fix.time, $0.offset) < ($1.element.fix.time, $1.offset)
        }
        for (_, r) in ordered {
            picture.ingest(position: r.fix, mmsi: r.mmsi)
            updates += picture.takeUpdates()
        }
        picture.finish()
        return updates + picture.takeUpdates()
    }

    /// Final events of `type`.
    func events(_ type: EventType, in picture: inout MaritimePicture) -> [PictureEvent] {
        run(&picture).filter { $0.action == .ended && $0.event.type == type }.map(\.event)
    }

    static func picture(coast: Bool = true, zones: ZoneSet = ZoneSet(), ports: [Port] = []) -> MaritimePicture {
        MaritimePicture(zones: zones, coastline: coast ? shore : nil, ports: ports)
    }
}
