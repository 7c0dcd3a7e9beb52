import Geo

/// Vessels (by index) at their latest positions on a regular latitude–longitude grid, for "which
/// vessels are within r metres of here" in the encounter search.
///
/// The same grid, cell order and order within a cell as `Geo.PointGridIndex` (so a search finds the
/// same vessels in the same order), with each vessel's cell and position in flat arrays instead of
/// a dictionary, no array built per search, and the great circle computed only for vessels the
/// planar estimate cannot rule out (``PlanarDistance``).
struct VesselGrid: Sendable {
    /// Cell size in degrees of latitude (and of longitude).
    let cellDegrees: Double
    private var cells: [Int64: [UInt32]] = [:]
    /// Each vessel's cell key, or nil when it is not in the grid.
    private var cellOf: [Int64?] = []
    private var pointOf: [GeoPoint] = []

    init(cellDegrees: Double) { self.cellDegrees = cellDegrees }

    mutating func addVessel() {
        cellOf.append(nil)
        pointOf.append(GeoPoint(latitude: 0, longitude: 0))
    }

    @inline(__always) private func cell(_ p: GeoPoint) -> (Int32, Int32) {
        (Int32((p.longitude / cellDegrees).rounded(.down)), Int32((p.latitude / cellDegrees).rounded(.down)))
    }

    @inline(__always) private static func key(_ x: Int32, _ y: Int32) -> Int64 {
        Int64(x) << 32 | Int64(UInt32(bitPattern: y))
    }

    /// Whether vessel `v` is in the grid.
    @inline(__always) func contains(_ v: Int) -> Bool { cellOf[v] != nil }

    /// Puts vessel `v` at `p`, moving it if it was elsewhere.
    mutating func update(_ v: Int, at p: GeoPoint) {
        let (x, y) = cell(p)
        let key = Self.key(x, y)
        pointOf[v] = p
        if let old = cellOf[v] {
            if old == key { return }
            removeFromCell(UInt32(v), old)
        }
        cellOf[v] = key
        cells[key, default: []].append(UInt32(v))
    }

    /// Takes vessel `v` out of the grid.
    mutating func remove(_ v: Int) {
        guard let old = cellOf[v] else { return }
        cellOf[v] = nil
        removeFromCell(UInt32(v), old)
    }

    private mutating func removeFromCell(_ id: UInt32, _ key: Int64) {
        guard var list = cells.removeValue(forKey: key), let i = list.firstIndex(of: id) else { return }
        list.swapAt(i, list.count - 1)
        list.removeLast()
        if !list.isEmpty { cells[key] = list }
    }

    /// Calls `body` with each vessel within `metres` of `p` (great circle), its position and the
    /// distance, in the grid's order.
    func forEach(near p: GeoPoint, metres: Double, _ body: (Int, GeoPoint, Double) -> Void) {
        let box = BoundingBox(points: [p]).expanded(metres: metres)
        let (x0, y0) = cell(GeoPoint(latitude: box.minLatitude, longitude: box.minLongitude))
        let (x1, y1) = cell(GeoPoint(latitude: box.maxLatitude, longitude: box.maxLongitude))
        for x in x0...x1 {
            for y in y0...y1 {
                guard let list = cells[Self.key(x, y)] else { continue }
                for id in list {
                    let q = pointOf[Int(id)]
                    if let e = PlanarDistance.estimateMetres(p, q), e > metres * 1.01 { continue }
                    let d = p.distanceMetres(to: q)
                    if d <= metres { body(Int(id), q, d) }
                }
            }
        }
    }
}
