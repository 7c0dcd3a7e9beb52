import Geo

/// Builds a ``VesselTrack`` leg by leg: sail to a point at a speed, stay, drift.
struct TrackBuilder {
    private(set) var points: [TrackPoint]

    init(time: Double, at position: GeoPoint, status: UInt8 = NavigationStatus.underWay) {
        points = [TrackPoint(time: time, position: position, status: status)]
    }

    var time: Double { points[points.count - 1].time }
    var position: GeoPoint { points[points.count - 1].position }

    /// Sails straight to `target` at `knots`, in legs of at most 20 nm.
    mutating func sail(to target: GeoPoint, knots: Double, status: UInt8 = NavigationStatus.underWay) {
        let distance = position.distanceNauticalMiles(to: target)
        guard distance > 1e-4 else { return }
        let pieces = max(1, Int((distance / 20).rounded(.up)))
        let from = position
        let startTime = time
        points[points.count - 1].status = status
        for k in 1...pieces {
            let f = Double(k) / Double(pieces)
            let p = k == pieces ? target : from.interpolated(to: target, fraction: f)
            points.append(TrackPoint(time: startTime + distance * f / knots * 3600, position: p, status: status))
        }
    }

    /// Sails through `waypoints` in order.
    mutating func sail(through waypoints: [GeoPoint], knots: Double, status: UInt8 = NavigationStatus.underWay) {
        for w in waypoints { sail(to: w, knots: knots, status: status) }
    }

    /// Stays at the current position for `seconds`.
    mutating func stay(seconds: Double, status: UInt8) {
        guard seconds > 0 else { return }
        points[points.count - 1].status = status
        points.append(TrackPoint(time: time + seconds, position: position, status: status))
    }

    /// Moves slowly for `seconds` at `knots` on `bearing` (degrees).
    mutating func drift(seconds: Double, knots: Double, bearing: Double, status: UInt8 = NavigationStatus.underWay) {
        guard seconds > 0 else { return }
        let target = position.destination(nauticalMiles: knots * seconds / 3600, bearingDegrees: bearing)
        points[points.count - 1].status = status
        points.append(TrackPoint(time: time + seconds, position: target, status: status))
    }

    /// Moves to `target`, arriving at `arrival` (whatever speed that takes).
    mutating func move(to target: GeoPoint, arriving arrival: Double, status: UInt8 = NavigationStatus.underWay) {
        guard arrival > time else { return }
        points[points.count - 1].status = status
        points.append(TrackPoint(time: arrival, position: target, status: status))
    }

    var track: VesselTrack {
        if points.count == 1 {
            var p = points
            p.append(TrackPoint(time: points[0].time + 1, position: points[0].position, status: points[0].status))
            return VesselTrack(p)
        }
        return VesselTrack(points)
    }
}
