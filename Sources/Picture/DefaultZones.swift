import Geo

/// Kizuna's default zones: the territorial sea (12 nm) and the contiguous zone (24 nm) around the
/// Senkaku Islands and the Sakishima Islands, drawn from the GSHHG shoreline and the islands'
/// published positions (`Data/zones/SOURCES.md`).
///
/// Each zone is the area within 12 or 24 nautical miles of the group's shoreline (GSHHG high
/// resolution, every shore line piece inside the group's box) and of the islands' reference
/// points (in case the shoreline misses or misplaces a small island). Distances are measured from
/// the shoreline, not from the legal baselines (low-water line, straight baselines), so the
/// zones are an approximation for alerting, not a legal boundary. The contiguous zone polygon
/// holds the territorial sea too (it is everything within 24 nm).
public enum DefaultZones {
    /// An island and its published position.
    public struct Island: Sendable, Hashable {
        public var name: String
        public var group: String
        public var point: GeoPoint
    }

    /// Reference positions, degrees, rounded to 0.001° (see `Data/zones/SOURCES.md`).
    public static let islands: [Island] = [
        Island(name: "Uotsuri-jima", group: "senkaku", point: GeoPoint(latitude: 25.744, longitude: 123.476)),
        Island(name: "Kuba-jima", group: "senkaku", point: GeoPoint(latitude: 25.923, longitude: 123.681)),
        Island(name: "Taisho-jima", group: "senkaku", point: GeoPoint(latitude: 25.897, longitude: 124.566)),
        Island(name: "Kita-kojima", group: "senkaku", point: GeoPoint(latitude: 25.730, longitude: 123.541)),
        Island(name: "Minami-kojima", group: "senkaku", point: GeoPoint(latitude: 25.724, longitude: 123.551)),
        Island(name: "Yonaguni-jima", group: "sakishima", point: GeoPoint(latitude: 24.455, longitude: 122.990)),
        Island(name: "Ishigaki-jima", group: "sakishima", point: GeoPoint(latitude: 24.420, longitude: 124.170)),
        Island(name: "Miyako-jima", group: "sakishima", point: GeoPoint(latitude: 24.760, longitude: 125.330)),
    ]

    /// The island groups: id, name, and the box whose shoreline belongs to the group.
    public static let groups: [(id: String, name: String, box: BoundingBox)] = [
        (
            "senkaku", "Senkaku Islands",
            BoundingBox(minLatitude: 25.6, minLongitude: 123.3, maxLatitude: 26.05, maxLongitude: 124.7)
        ),
        (
            "sakishima", "Sakishima Islands",
            BoundingBox(minLatitude: 23.9, minLongitude: 122.9, maxLatitude: 25.0, maxLongitude: 125.5)
        ),
    ]

    /// Builds the four zones from shore lines (the prepared GSHHG coastline).
    public static func build(coastline lines: [LineString], resolutionNauticalMiles: Double = 0.25) -> [Zone] {
        var zones: [Zone] = []
        for group in groups {
            var pieces: [LineString] = []
            for line in lines {
                let inside = line.points.filter { group.box.contains($0) }
                if inside.count >= 2 { pieces.append(LineString(points: inside)) }
            }
            let points = islands.filter { $0.group == group.id }.map(\.point)
            let shore = CoastlineIndex(lines: pieces, cellDegrees: 0.05, searchLimitNauticalMiles: 200)
            var bounds = group.box
            for p in points { bounds.extend(p) }
            for (kind, label, nm) in [
                ("territorial-sea", "territorial sea", 12.0), ("contiguous-zone", "contiguous zone", 24.0),
            ] {
                let shape = Geo.buffer(
                    around: bounds,
                    nauticalMiles: nm,
                    resolutionNauticalMiles: resolutionNauticalMiles
                ) { p in
                    var d = shore.segmentCount > 0 ? shore.distanceMetres(from: p) : .infinity
                    for q in points { d = min(d, p.distanceMetres(to: q)) }
                    return d
                }
                zones.append(
                    Zone(id: "\(group.id)-\(kind)", name: "\(group.name) \(label) (\(Int(nm)) nm)", shape: shape)
                )
            }
        }
        return zones
    }

    /// The zones as a GeoJSON FeatureCollection (one MultiPolygon feature each).
    public static func geoJSON(_ zones: [Zone]) -> String {
        let features = zones.map { z in
            let radius = z.id.hasSuffix("territorial-sea") ? 12 : 24
            return "{\"type\":\"Feature\",\"id\":\"\(z.id)\",\"properties\":{\"id\":\"\(z.id)\",\"name\":\"\(z.name)\","
                + "\"radius_nm\":\(radius),\"source\":\"GSHHG 2.3.7 high-resolution shoreline and island positions; "
                + "see SOURCES.md\"},\"geometry\":" + GeoJSON.geometry(z.shape, decimals: 5) + "}"
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }
}
