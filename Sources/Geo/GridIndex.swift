#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A cell of a regular latitude–longitude grid, packed into one integer.
@usableFromInline struct GridCell: Hashable, Sendable {
    @usableFromInline var key: Int64
    @inlinable init(x: Int32, y: Int32) { key = Int64(x) << 32 | Int64(UInt32(bitPattern: y)) }
}

/// A spatial index of shapes by bounding box on a regular grid: answers "which shapes may hold
/// this point" (zones containing a point) in one cell look-up.
public struct ShapeGridIndex: Sendable {
    /// Cell size in degrees.
    public let cellDegrees: Double
    private var cells: [Int64: [Int]] = [:]

    public init(cellDegrees: Double = 0.25) { self.cellDegrees = cellDegrees }

    @inlinable func cellX(_ lon: Double) -> Int32 { Int32((lon / cellDegrees).rounded(.down)) }
    @inlinable func cellY(_ lat: Double) -> Int32 { Int32((lat / cellDegrees).rounded(.down)) }

    /// Records shape `id` in every cell its bounding box touches.
    public mutating func insert(_ id: Int, bounds: BoundingBox) {
        guard !bounds.isEmpty else { return }
        for x in cellX(bounds.minLongitude)...cellX(bounds.maxLongitude) {
            for y in cellY(bounds.minLatitude)...cellY(bounds.maxLatitude) {
                cells[GridCell(x: x, y: y).key, default: []].append(id)
            }
        }
    }

    /// Ids of the shapes whose bounding box may hold `p` (test each with its own `contains`).
    public func candidates(at p: GeoPoint) -> [Int] {
        cells[GridCell(x: cellX(p.longitude), y: cellY(p.latitude)).key] ?? []
    }
}

/// A spatial index of moving points (vessels by their latest position) on a regular grid:
/// answers "which points are within r metres of here".
public struct PointGridIndex: Sendable {
    /// Cell size in degrees of latitude (and of longitude).
    public let cellDegrees: Double
    private var cells: [Int64: [UInt32]] = [:]
    private var where_: [UInt32: (cell: Int64, point: GeoPoint)] = [:]

    public init(cellDegrees: Double = 0.05) { self.cellDegrees = cellDegrees }

    /// Number of points held.
    public var count: Int { where_.count }

    private func cell(_ p: GeoPoint) -> (Int32, Int32) {
        (Int32((p.longitude / cellDegrees).rounded(.down)), Int32((p.latitude / cellDegrees).rounded(.down)))
    }

    /// Puts `id` at `p`, moving it if it was elsewhere.
    public mutating func update(_ id: UInt32, at p: GeoPoint) {
        let (x, y) = cell(p)
        let key = GridCell(x: x, y: y).key
        if let old = where_[id] {
            if old.cell == key {
                where_[id] = (key, p)
                return
            }
            removeFromCell(id, old.cell)
        }
        where_[id] = (key, p)
        cells[key, default: []].append(id)
    }

    /// Takes `id` out of the index.
    public mutating func remove(_ id: UInt32) {
        guard let old = where_.removeValue(forKey: id) else { return }
        removeFromCell(id, old.cell)
    }

    private mutating func removeFromCell(_ id: UInt32, _ key: Int64) {
        guard var list = cells[key], let i = list.firstIndex(of: id) else { return }
        list.swapAt(i, list.count - 1)
        list.removeLast()
        cells[key] = list.isEmpty ? nil : list
    }

    /// The ids within `metres` of `p` (great-circle), with their positions and distances.
    public func near(_ p: GeoPoint, metres: Double) -> [(id: UInt32, point: GeoPoint, metres: Double)] {
        let box = BoundingBox(points: [p]).expanded(metres: metres)
        let (x0, y0) = cell(GeoPoint(latitude: box.minLatitude, longitude: box.minLongitude))
        let (x1, y1) = cell(GeoPoint(latitude: box.maxLatitude, longitude: box.maxLongitude))
        var out: [(id: UInt32, point: GeoPoint, metres: Double)] = []
        for x in x0...x1 {
            for y in y0...y1 {
                guard let list = cells[GridCell(x: x, y: y).key] else { continue }
                for id in list {
                    guard let q = where_[id]?.point else { continue }
                    let d = p.distanceMetres(to: q)
                    if d <= metres { out.append((id, q, d)) }
                }
            }
        }
        return out
    }

    /// The position recorded for `id`.
    public func position(of id: UInt32) -> GeoPoint? { where_[id]?.point }
}
