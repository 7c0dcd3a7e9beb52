import Geo

/// A fine grid over one zone's bounding box that answers "is this point inside" without a
/// point-in-polygon test for most points: each cell is known to be wholly inside, wholly outside,
/// or near an edge (then the polygon decides).
///
/// A cell is "near an edge" when the bounding box of some edge, grown by one cell on every side,
/// touches it. Two cells next to each other in a row that are both clear of every edge lie on the
/// same side of the boundary (the line between their centres crosses no edge), so one polygon test
/// per run of clear cells fills a row. Answers are those of `MultiPolygon.contains`: a clear cell
/// is at least a cell's width (0.005°, about 500 m) from every edge, far beyond rounding.
struct ZoneRaster: Sendable {
    static let near: UInt8 = 0
    static let inside: UInt8 = 1
    static let outside: UInt8 = 2

    let minLatitude: Double
    let minLongitude: Double
    let cellDegrees: Double
    let columns: Int
    let rows: Int
    private var cells: [UInt8]

    init(_ shape: MultiPolygon, cellDegrees: Double = 0.005) {
        let b = shape.bounds
        self.cellDegrees = cellDegrees
        minLatitude = b.isEmpty ? 0 : b.minLatitude
        minLongitude = b.isEmpty ? 0 : b.minLongitude
        let c = b.isEmpty ? 0 : Int(((b.maxLongitude - b.minLongitude) / cellDegrees).rounded(.down)) + 1
        let r = b.isEmpty ? 0 : Int(((b.maxLatitude - b.minLatitude) / cellDegrees).rounded(.down)) + 1
        // Beyond a few million cells (a zone tens of degrees wide) the raster is not worth it.
        let used = c * r <= 4_000_000
        columns = used ? c : 0
        rows = used ? r : 0
        cells = [UInt8](repeating: Self.outside, count: columns * rows)
        for polygon in shape.polygons {
            for ring in [polygon.outer] + polygon.holes where !ring.isEmpty {
                var j = ring.count - 1
                for i in 0..<ring.count {
                    markNear(ring[j], ring[i])
                    j = i
                }
            }
        }
        for y in 0..<rows {
            var x = 0
            while x < columns {
                if cells[y * columns + x] == Self.near {
                    x += 1
                    continue
                }
                let centre = GeoPoint(
                    latitude: minLatitude + (Double(y) + 0.5) * cellDegrees,
                    longitude: minLongitude + (Double(x) + 0.5) * cellDegrees
                )
                let state = shape.contains(centre) ? Self.inside : Self.outside
                while x < columns && cells[y * columns + x] != Self.near {
                    cells[y * columns + x] = state
                    x += 1
                }
            }
        }
    }

    private mutating func markNear(_ a: GeoPoint, _ b: GeoPoint) {
        let x0 = max(0, column(min(a.longitude, b.longitude)) - 1)
        let x1 = min(columns - 1, column(max(a.longitude, b.longitude)) + 1)
        let y0 = max(0, row(min(a.latitude, b.latitude)) - 1)
        let y1 = min(rows - 1, row(max(a.latitude, b.latitude)) + 1)
        guard x0 <= x1, y0 <= y1 else { return }
        for y in y0...y1 {
            for x in x0...x1 { cells[y * columns + x] = Self.near }
        }
    }

    @inline(__always) private func column(_ longitude: Double) -> Int {
        Int(((longitude - minLongitude) / cellDegrees).rounded(.down))
    }

    @inline(__always) private func row(_ latitude: Double) -> Int {
        Int(((latitude - minLatitude) / cellDegrees).rounded(.down))
    }

    /// Inside, outside, or ``near`` (ask the polygon) for `p`; outside off the grid.
    @inline(__always) func state(_ p: GeoPoint) -> UInt8 {
        guard columns > 0 else { return Self.near }
        let fx = ((p.longitude - minLongitude) / cellDegrees).rounded(.down)
        let fy = ((p.latitude - minLatitude) / cellDegrees).rounded(.down)
        guard fx >= 0, fx < Double(columns), fy >= 0, fy < Double(rows) else { return Self.outside }
        return cells[Int(fy) * columns + Int(fx)]
    }
}
