#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A rectangle in latitude and longitude, in degrees. Does not cross the antimeridian.
public struct BoundingBox: Hashable, Sendable {
    public var minLatitude: Double
    public var minLongitude: Double
    public var maxLatitude: Double
    public var maxLongitude: Double

    public init(minLatitude: Double, minLongitude: Double, maxLatitude: Double, maxLongitude: Double) {
        self.minLatitude = minLatitude
        self.minLongitude = minLongitude
        self.maxLatitude = maxLatitude
        self.maxLongitude = maxLongitude
    }

    /// The smallest box holding every point (an empty box for no points).
    public init<S: Sequence>(points: S) where S.Element == GeoPoint {
        self.init(minLatitude: .infinity, minLongitude: .infinity, maxLatitude: -.infinity, maxLongitude: -.infinity)
        for p in points { extend(p) }
    }

    public var isEmpty: Bool { minLatitude > maxLatitude }

    public mutating func extend(_ p: GeoPoint) {
        minLatitude = min(minLatitude, p.latitude)
        maxLatitude = max(maxLatitude, p.latitude)
        minLongitude = min(minLongitude, p.longitude)
        maxLongitude = max(maxLongitude, p.longitude)
    }

    public mutating func extend(_ other: BoundingBox) {
        minLatitude = min(minLatitude, other.minLatitude)
        maxLatitude = max(maxLatitude, other.maxLatitude)
        minLongitude = min(minLongitude, other.minLongitude)
        maxLongitude = max(maxLongitude, other.maxLongitude)
    }

    @inlinable public func contains(_ p: GeoPoint) -> Bool {
        p.latitude >= minLatitude && p.latitude <= maxLatitude && p.longitude >= minLongitude
            && p.longitude <= maxLongitude
    }

    public func intersects(_ o: BoundingBox) -> Bool {
        !(o.minLatitude > maxLatitude || o.maxLatitude < minLatitude || o.minLongitude > maxLongitude
            || o.maxLongitude < minLongitude)
    }

    /// The box grown by at least `metres` on every side.
    public func expanded(metres: Double) -> BoundingBox {
        let dLat = Geo.degrees(metres / Geo.earthRadiusMetres)
        let lat = max(abs(minLatitude), abs(maxLatitude))
        let c = max(cos(Geo.radians(min(89, lat + dLat))), 0.01)
        let dLon = dLat / c
        return BoundingBox(
            minLatitude: minLatitude - dLat,
            minLongitude: minLongitude - dLon,
            maxLatitude: maxLatitude + dLat,
            maxLongitude: maxLongitude + dLon
        )
    }
}

/// A polygon: one outer ring and any number of holes, each a closed list of points (the last
/// point may or may not repeat the first). Edges are straight in latitude and longitude, which
/// is what GeoJSON (RFC 7946 §3.1.1) means too; good for areas of a few hundred kilometres.
public struct Polygon: Hashable, Sendable {
    public var outer: [GeoPoint]
    public var holes: [[GeoPoint]]
    public let bounds: BoundingBox

    public init(outer: [GeoPoint], holes: [[GeoPoint]] = []) {
        self.outer = outer
        self.holes = holes
        self.bounds = BoundingBox(points: outer)
    }

    /// Whether `p` is inside the outer ring and outside every hole (even–odd rule on each ring).
    public func contains(_ p: GeoPoint) -> Bool {
        guard bounds.contains(p), Polygon.ring(outer, contains: p) else { return false }
        for hole in holes where Polygon.ring(hole, contains: p) { return false }
        return true
    }

    /// Ray casting towards +longitude.
    static func ring(_ ring: [GeoPoint], contains p: GeoPoint) -> Bool {
        var inside = false
        let n = ring.count
        guard n >= 3 else { return false }
        var j = n - 1
        for i in 0..<n {
            let a = ring[i]
            let b = ring[j]
            if (a.latitude > p.latitude) != (b.latitude > p.latitude) {
                let x =
                    a.longitude + (p.latitude - a.latitude) / (b.latitude - a.latitude) * (b.longitude - a.longitude)
                if p.longitude < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// Distance in metres from `p` to the polygon: 0 inside, else to the nearest edge.
    public func distanceMetres(from p: GeoPoint) -> Double {
        if contains(p) { return 0 }
        var best = LineString(points: outer, closed: true).distanceMetres(from: p)
        for hole in holes { best = min(best, LineString(points: hole, closed: true).distanceMetres(from: p)) }
        return best
    }

    /// Signed area of a ring in square degrees (positive when counter-clockwise).
    static func signedArea(_ ring: [GeoPoint]) -> Double {
        var s = 0.0
        var j = ring.count - 1
        for i in 0..<ring.count {
            s += (ring[j].longitude * ring[i].latitude - ring[i].longitude * ring[j].latitude)
            j = i
        }
        return s / 2
    }
}

/// A polyline (or a closed ring when `closed`), for coastlines and polygon edges.
public struct LineString: Hashable, Sendable {
    public var points: [GeoPoint]
    public var closed: Bool

    public init(points: [GeoPoint], closed: Bool = false) {
        self.points = points
        self.closed = closed
    }

    /// Distance in metres from `p` to the nearest point of the line.
    public func distanceMetres(from p: GeoPoint) -> Double {
        guard let first = points.first else { return .infinity }
        if points.count == 1 { return p.distanceMetres(to: first) }
        var best = Double.infinity
        for i in 1..<points.count { best = min(best, segmentDistanceMetres(p, points[i - 1], points[i])) }
        if closed, let last = points.last { best = min(best, segmentDistanceMetres(p, last, first)) }
        return best
    }
}

/// Distance in metres from `p` to the segment `a`–`b`, in a local plane centred on `p`
/// (equirectangular; within 0.1 % for segments of up to ~100 km, which is what coastlines and
/// zone edges have here).
@inlinable public func segmentDistanceMetres(_ p: GeoPoint, _ a: GeoPoint, _ b: GeoPoint) -> Double {
    let k = Geo.radians(1) * Geo.earthRadiusMetres
    let c = cos(Geo.radians(p.latitude))
    let ax = (a.longitude - p.longitude) * c * k
    let ay = (a.latitude - p.latitude) * k
    let bx = (b.longitude - p.longitude) * c * k
    let by = (b.latitude - p.latitude) * k
    let dx = bx - ax
    let dy = by - ay
    let len2 = dx * dx + dy * dy
    var t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0
    t = max(0, min(1, t))
    let x = ax + t * dx
    let y = ay + t * dy
    let planar = (x * x + y * y).squareRoot()
    if planar < 50_000 { return planar }
    // Far away: the plane is no longer good enough; use the great circle to the nearest point.
    let q = GeoPoint(
        latitude: a.latitude + t * (b.latitude - a.latitude),
        longitude: a.longitude + t * (b.longitude - a.longitude)
    )
    return p.distanceMetres(to: q)
}

/// Several polygons taken together (a GeoJSON MultiPolygon).
public struct MultiPolygon: Hashable, Sendable {
    public var polygons: [Polygon]
    public let bounds: BoundingBox

    public init(_ polygons: [Polygon]) {
        self.polygons = polygons
        var b = BoundingBox(points: [])
        for p in polygons { b.extend(p.bounds) }
        self.bounds = b
    }

    public func contains(_ p: GeoPoint) -> Bool {
        guard bounds.contains(p) else { return false }
        for polygon in polygons where polygon.contains(p) { return true }
        return false
    }

    /// Distance in metres from `p`: 0 inside.
    public func distanceMetres(from p: GeoPoint) -> Double {
        polygons.reduce(Double.infinity) { min($0, $1.distanceMetres(from: p)) }
    }
}
