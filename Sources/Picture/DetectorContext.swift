import Geo

/// What the detectors share while the picture takes a message: the coastline and ports, a cache
/// of each vessel's distance to shore, the data clock, and the updates produced.
public struct DetectorContext: Sendable {
    public var coastline: CoastlineIndex?
    public var ports: [Port]
    /// The newest data time seen (milliseconds).
    public var now: Milliseconds = .min
    /// Event updates produced and not yet taken by the caller.
    public var updates: [EventUpdate] = []
    var shore: [DistanceCache] = []
    var port: [DistanceCache] = []
    /// A cached distance is reused while the vessel stays within this many metres of where it was
    /// computed (the answer is then off by at most this much).
    public var cacheToleranceMetres = 100.0

    init(coastline: CoastlineIndex?, ports: [Port]) {
        self.coastline = coastline
        self.ports = ports
    }

    mutating func addVessel() {
        shore.append(DistanceCache())
        port.append(DistanceCache())
    }

    /// Distance from `p` (vessel `v`'s position) to the nearest shore in nautical miles; infinity
    /// with no coastline loaded or beyond the coastline's search limit.
    public mutating func shoreNauticalMiles(vessel v: Int, at p: GeoPoint) -> Double {
        guard let coastline else { return .infinity }
        shore[v].move(to: p, tolerance: cacheToleranceMetres)
        return shore[v].value { coastline.distanceNauticalMiles(from: $0) }
    }

    /// Whether vessel `v` at `p` is more than `nauticalMiles` from shore: exactly
    /// `shoreNauticalMiles(vessel: v, at: p) > nauticalMiles`, mostly without measuring.
    ///
    /// The coastline distance is taken as within ``shoreRelativeError`` of the great-circle distance
    /// to the shore, which changes by at most as much as the vessel moves.
    public mutating func isFromShore(vessel v: Int, at p: GeoPoint, moreThan nauticalMiles: Double) -> Bool {
        guard let coastline else { return true }
        shore[v].move(to: p, tolerance: cacheToleranceMetres)
        let e = Self.shoreRelativeError
        let limit = coastline.searchLimitMetres / Geo.metresPerNauticalMile
        return shore[v].exceeds(nauticalMiles, relativeError: e, unit: Geo.metresPerNauticalMile, limit: limit) {
            coastline.distanceNauticalMiles(from: $0)
        }
    }

    /// How far `CoastlineIndex`'s distances may be from the great circle's, as a fraction: its
    /// local plane is within 0.1 % for segments of up to ~100 km below 60° of latitude; 10 % leaves
    /// room for the switch to the great circle at 50 km and for high latitudes.
    static let shoreRelativeError = 0.1

    /// Distance from `p` to the nearest shore in nautical miles, not cached.
    public func shoreNauticalMiles(at p: GeoPoint) -> Double {
        coastline?.distanceNauticalMiles(from: p) ?? .infinity
    }

    /// Distance from vessel `v` at `p` to the nearest port in metres (cached like the shore).
    public mutating func portMetres(vessel v: Int, at p: GeoPoint) -> Double {
        port[v].move(to: p, tolerance: cacheToleranceMetres)
        let ports = self.ports
        return port[v].value { Port.nearest(to: $0, in: ports)?.metres ?? .infinity }
    }

    /// Whether vessel `v` at `p` is more than `metres` from the nearest port: exactly
    /// `portMetres(vessel: v, at: p) > metres`, mostly without measuring (the distance to the
    /// nearest port changes by at most as much as the vessel moves).
    public mutating func isFromPorts(vessel v: Int, at p: GeoPoint, moreThan metres: Double) -> Bool {
        port[v].move(to: p, tolerance: cacheToleranceMetres)
        let ports = self.ports
        return port[v].exceeds(metres, relativeError: 0, unit: 1, limit: .infinity) {
            Port.nearest(to: $0, in: ports)?.metres ?? .infinity
        }
    }

    mutating func emit(_ action: EventUpdate.Action, _ event: PictureEvent) {
        updates.append(EventUpdate(action, event))
    }
}

extension Milliseconds {
    /// Milliseconds in `hours` hours.
    static func hours(_ h: Double) -> Milliseconds { Milliseconds(h * 3_600_000) }
}

extension Double {
    /// Milliseconds as hours.
    init(hoursOf ms: Milliseconds) { self = Double(ms) / 3_600_000 }
}
