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
    var shorePoint: [GeoPoint] = []
    var shoreValue: [Double] = []
    var portPoint: [GeoPoint] = []
    var portValue: [Double] = []
    /// A cached distance is reused while the vessel stays within this many metres of where it was
    /// computed (the answer is then off by at most this much).
    public var cacheToleranceMetres = 100.0

    init(coastline: CoastlineIndex?, ports: [Port]) {
        self.coastline = coastline
        self.ports = ports
    }

    mutating func addVessel() {
        shorePoint.append(GeoPoint(latitude: 999, longitude: 999))
        shoreValue.append(0)
        portPoint.append(GeoPoint(latitude: 999, longitude: 999))
        portValue.append(0)
    }

    /// Distance from `p` (vessel `v`'s position) to the nearest shore in nautical miles; infinity
    /// with no coastline loaded or beyond the coastline's search limit.
    public mutating func shoreNauticalMiles(vessel v: Int, at p: GeoPoint) -> Double {
        guard let coastline else { return .infinity }
        if shorePoint[v].latitude < 900, shorePoint[v].distanceMetres(to: p) <= cacheToleranceMetres {
            return shoreValue[v]
        }
        let d = coastline.distanceNauticalMiles(from: p)
        shorePoint[v] = p
        shoreValue[v] = d
        return d
    }

    /// Distance from `p` to the nearest shore in nautical miles, not cached.
    public func shoreNauticalMiles(at p: GeoPoint) -> Double {
        coastline?.distanceNauticalMiles(from: p) ?? .infinity
    }

    /// Distance from vessel `v` at `p` to the nearest port in metres (cached like the shore).
    public mutating func portMetres(vessel v: Int, at p: GeoPoint) -> Double {
        if portPoint[v].latitude < 900, portPoint[v].distanceMetres(to: p) <= cacheToleranceMetres {
            return portValue[v]
        }
        let d = Port.nearest(to: p, in: ports)?.metres ?? .infinity
        portPoint[v] = p
        portValue[v] = d
        return d
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
