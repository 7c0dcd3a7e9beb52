import Geo

/// Navigation status codes of ITU-R M.1371-5, Annex 8, Table 45, as the simulator uses them.
public enum NavigationStatus {
    /// 0: under way using engine.
    public static let underWay: UInt8 = 0
    /// 1: at anchor.
    public static let atAnchor: UInt8 = 1
    /// 5: moored.
    public static let moored: UInt8 = 5
    /// 7: engaged in fishing.
    public static let fishing: UInt8 = 7
}

/// One corner of a planned track: where the vessel is at `time`, and its navigation status on the
/// leg that starts here.
public struct TrackPoint: Sendable, Hashable {
    /// Seconds since 1970-01-01 UTC.
    public var time: Double
    /// Position at `time`.
    public var position: GeoPoint
    /// Navigation status on the leg from here to the next point.
    public var status: UInt8

    public init(time: Double, position: GeoPoint, status: UInt8 = NavigationStatus.underWay) {
        self.time = time
        self.position = position
        self.status = status
    }
}

/// What a vessel is doing at one instant of its ground-truth track.
public struct VesselState: Sendable {
    /// Position (degrees).
    public var position: GeoPoint
    /// Speed over ground in knots.
    public var speedKnots: Double
    /// Course over ground in degrees from true north.
    public var courseDegrees: Double
    /// Navigation status (``NavigationStatus``).
    public var status: UInt8
}

/// A vessel's ground-truth track: straight legs between timed points, flown at constant speed.
///
/// Positions between two points are interpolated linearly in latitude and longitude; legs are a
/// few tens of nautical miles at most, over which this and the great circle differ by metres.
/// Speed and course of a leg come from its end points' great-circle distance and bearing.
public struct VesselTrack: Sendable {
    /// The points in time order; the vessel exists from the first time to the last.
    public private(set) var points: [TrackPoint]
    private var legSpeeds: [Double] = []
    private var legCourses: [Double] = []

    /// A track through `points`, which must be in strictly increasing time order.
    public init(_ points: [TrackPoint]) {
        precondition(!points.isEmpty)
        self.points = points
        legSpeeds.reserveCapacity(points.count)
        legCourses.reserveCapacity(points.count)
        for i in 0..<points.count {
            if i + 1 < points.count {
                let a = points[i]
                let b = points[i + 1]
                precondition(b.time > a.time, "track times must increase")
                let nm = a.position.distanceNauticalMiles(to: b.position)
                legSpeeds.append(nm / ((b.time - a.time) / 3600))
                legCourses.append(nm < 1e-6 ? 0 : a.position.initialBearingDegrees(to: b.position))
            } else {
                legSpeeds.append(0)
                legCourses.append(i > 0 ? legCourses[i - 1] : 0)
            }
        }
    }

    /// First time the vessel exists.
    public var startTime: Double { points[0].time }
    /// Last time the vessel exists.
    public var endTime: Double { points[points.count - 1].time }

    /// Speed in knots of leg `index` (from point `index` to `index + 1`).
    public func legSpeed(_ index: Int) -> Double { legSpeeds[index] }

    /// The state at `time`, moving `cursor` (the leg index, start it at 0) forward; calls must
    /// come in non-decreasing time order for one cursor.
    public func state(at time: Double, cursor: inout Int) -> VesselState {
        while cursor + 1 < points.count && points[cursor + 1].time <= time { cursor += 1 }
        let a = points[cursor]
        if cursor + 1 >= points.count || time <= a.time {
            return VesselState(
                position: a.position,
                speedKnots: legSpeeds[cursor],
                courseDegrees: legCourses[cursor],
                status: a.status
            )
        }
        let b = points[cursor + 1]
        let f = (time - a.time) / (b.time - a.time)
        let position = GeoPoint(
            latitude: a.position.latitude + (b.position.latitude - a.position.latitude) * f,
            longitude: a.position.longitude + (b.position.longitude - a.position.longitude) * f
        )
        return VesselState(
            position: position,
            speedKnots: legSpeeds[cursor],
            courseDegrees: legCourses[cursor],
            status: a.status
        )
    }

    /// The state at `time`, found by binary search.
    public func state(at time: Double) -> VesselState {
        var low = 0
        var high = points.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if points[mid].time <= time { low = mid } else { high = mid - 1 }
        }
        var cursor = low
        return state(at: time, cursor: &cursor)
    }
}
