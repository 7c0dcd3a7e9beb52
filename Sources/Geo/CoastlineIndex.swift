#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Distance to the nearest shore, from shore lines (GSHHG, see `scripts/prepare-coastline.sh`)
/// bucketed by grid cell.
///
/// A query looks at the cells in growing squares around the point and stops once the nearest
/// segment found is closer than anything in the next square could be, so a point near the coast
/// costs a few segment distances and one far out a few hundred empty cell look-ups.
public struct CoastlineIndex: Sendable {
    /// Cell size in degrees.
    public let cellDegrees: Double
    private var starts: [Int64: [Int32]] = [:]
    private var a: [GeoPoint] = []
    private var b: [GeoPoint] = []
    /// The box holding every segment.
    public private(set) var bounds = BoundingBox(points: [])
    /// Queries further than this are answered with `Double.infinity`.
    public let searchLimitMetres: Double

    /// Number of shore segments held.
    public var segmentCount: Int { a.count }

    /// An index of `lines` (each a shore line).
    public init(lines: [LineString], cellDegrees: Double = 0.1, searchLimitNauticalMiles: Double = 300) {
        self.cellDegrees = cellDegrees
        self.searchLimitMetres = searchLimitNauticalMiles * Geo.metresPerNauticalMile
        for line in lines where line.points.count >= 2 {
            for i in 1..<line.points.count { add(line.points[i - 1], line.points[i]) }
        }
    }

    private func cx(_ lon: Double) -> Int32 { Int32((lon / cellDegrees).rounded(.down)) }
    private func cy(_ lat: Double) -> Int32 { Int32((lat / cellDegrees).rounded(.down)) }

    private mutating func add(_ p: GeoPoint, _ q: GeoPoint) {
        let n = Int32(a.count)
        a.append(p)
        b.append(q)
        bounds.extend(p)
        bounds.extend(q)
        for x in min(cx(p.longitude), cx(q.longitude))...max(cx(p.longitude), cx(q.longitude)) {
            for y in min(cy(p.latitude), cy(q.latitude))...max(cy(p.latitude), cy(q.latitude)) {
                starts[GridCell(x: x, y: y).key, default: []].append(n)
            }
        }
    }

    /// Distance in metres from `p` to the nearest shore segment, or infinity beyond the search limit.
    public func distanceMetres(from p: GeoPoint) -> Double {
        guard !bounds.isEmpty else { return .infinity }
        // Far outside the data altogether: nothing within the limit.
        let nearest = GeoPoint(
            latitude: min(max(p.latitude, bounds.minLatitude), bounds.maxLatitude),
            longitude: min(max(p.longitude, bounds.minLongitude), bounds.maxLongitude)
        )
        if p.distanceMetres(to: nearest) > searchLimitMetres { return .infinity }
        let x0 = cx(p.longitude)
        let y0 = cy(p.latitude)
        // Once the square covers every cell that holds a segment, larger squares find nothing new.
        let last = max(
            max(abs(x0 - cx(bounds.minLongitude)), abs(x0 - cx(bounds.maxLongitude))),
            max(abs(y0 - cy(bounds.minLatitude)), abs(y0 - cy(bounds.maxLatitude)))
        )
        let cellMetres = cellDegrees * Geo.radians(1) * Geo.earthRadiusMetres
        let lonFactor = max(cos(Geo.radians(min(89, abs(p.latitude) + cellDegrees))), 0.01)
        var best = Double.infinity
        var ring: Int32 = 0
        func visit(_ x: Int32, _ y: Int32) {
            guard let list = starts[GridCell(x: x, y: y).key] else { return }
            for s in list { best = min(best, segmentDistanceMetres(p, a[Int(s)], b[Int(s)])) }
        }
        while ring <= last {
            // Anything in ring r is at least (r - 1) cells away (in the narrower, longitude direction).
            let lower = Double(max(0, ring - 1)) * cellMetres * lonFactor
            if lower > best || lower > searchLimitMetres { break }
            if ring == 0 {
                visit(x0, y0)
            } else {
                var x = x0 - ring
                while x <= x0 + ring {
                    visit(x, y0 - ring)
                    visit(x, y0 + ring)
                    x += 1
                }
                var y = y0 - ring + 1
                while y < y0 + ring {
                    visit(x0 - ring, y)
                    visit(x0 + ring, y)
                    y += 1
                }
            }
            ring += 1
        }
        return best <= searchLimitMetres ? best : .infinity
    }

    /// Distance in nautical miles to the nearest shore (infinity beyond the search limit).
    public func distanceNauticalMiles(from p: GeoPoint) -> Double {
        distanceMetres(from: p) / Geo.metresPerNauticalMile
    }

    /// The shore lines of a GeoJSON file (LineString/MultiLineString features; polygon rings too).
    /// - Throws: ``JSONParseError`` when the file is not JSON.
    public static func load(geoJSON bytes: [UInt8], cellDegrees: Double = 0.1) throws(JSONParseError) -> CoastlineIndex
    {
        var lines: [LineString] = []
        for f in try GeoJSON.features(bytes) {
            lines += f.lines
            for poly in f.polygons {
                lines.append(LineString(points: poly.outer, closed: true))
                lines += poly.holes.map { LineString(points: $0, closed: true) }
            }
        }
        return CoastlineIndex(
            lines: lines.map { l in
                l.closed && l.points.first != l.points.last ? LineString(points: l.points + [l.points[0]]) : l
            },
            cellDegrees: cellDegrees
        )
    }
}
