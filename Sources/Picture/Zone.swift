import Geo

/// An area of interest (territorial sea, contiguous zone, exercise area) that vessels enter and
/// leave.
public struct Zone: Sendable {
    /// Written into events' `zone` field.
    public var id: String
    public var name: String
    public var shape: MultiPolygon

    public init(id: String, name: String, shape: MultiPolygon) {
        self.id = id
        self.name = name
        self.shape = shape
    }
}

/// Zones with a grid index: "which zones contain this point" in one cell look-up plus
/// point-in-polygon tests on the few candidates.
public struct ZoneSet: Sendable {
    public private(set) var zones: [Zone] = []
    private var index = ShapeGridIndex(cellDegrees: 0.1)
    private var rasters: [ZoneRaster] = []

    public init(_ zones: [Zone] = []) {
        for z in zones { add(z) }
    }

    public var isEmpty: Bool { zones.isEmpty }

    public mutating func add(_ zone: Zone) {
        index.insert(zones.count, bounds: zone.shape.bounds)
        zones.append(zone)
        rasters.append(ZoneRaster(zone.shape))
    }

    /// Indexes into ``zones`` of the zones holding `p`, ascending.
    public func containing(_ p: GeoPoint) -> [Int] {
        // A few zones: their rasters are quicker than the grid's hash look-up.
        if zones.count <= 8 {
            var out: [Int] = []
            for i in rasters.indices where holds(i, p) { out.append(i) }
            return out
        }
        let c = index.candidates(at: p)
        if c.isEmpty { return c }
        return c.filter { holds($0, p) }
    }

    @inline(__always) private func holds(_ i: Int, _ p: GeoPoint) -> Bool {
        switch rasters[i].state(p) {
        case ZoneRaster.inside: return true
        case ZoneRaster.outside: return false
        default: return zones[i].shape.contains(p)
        }
    }

    /// Zones from GeoJSON: every Polygon or MultiPolygon feature becomes a zone whose id is the
    /// feature's `id` (or `properties.id`, else `properties.name`) and whose name is
    /// `properties.name` (else the id). Features without polygons are skipped.
    /// - Throws: ``JSONParseError`` when the text is not JSON.
    public static func load(geoJSON bytes: [UInt8]) throws(JSONParseError) -> ZoneSet {
        var set = ZoneSet()
        for f in try GeoJSON.features(bytes) where !f.polygons.isEmpty {
            set.add(Zone(id: f.id, name: f.properties["name"]?.string ?? f.id, shape: MultiPolygon(f.polygons)))
        }
        return set
    }
}
