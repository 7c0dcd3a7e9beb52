import Foundation
import Store

/// Zone entry and exit events for the node's zones, from each new position.
///
/// A stand-in until the picture engine's detectors (`Sources/Picture`) are wired in: it knows only
/// polygons (GeoJSON `Polygon` and `MultiPolygon`, outer rings) and emits events in DESIGN.md's
/// format. A `zone_entry` event stays open while the vessel is inside and is closed (given an `end`)
/// when it leaves; leaving also emits an instant `zone_exit` event.
public struct ZoneWatch: Sendable {
    struct Area: Sendable {
        var id: String
        var rings: [[(lon: Double, lat: Double)]]
        var box: BoundingBox
    }

    private var areas: [Area] = []
    /// For each vessel, the zones it is inside and the open entry event of each.
    private var inside: [UInt32: [String: StoredEvent]] = [:]

    public init() {}

    /// Replaces the zones watched. Vessels inside a zone that is gone are forgotten without events.
    public mutating func setZones(_ zones: [StoredZone]) {
        areas = zones.compactMap(Self.area)
        let ids = Set(areas.map(\.id))
        for mmsi in inside.keys { inside[mmsi] = inside[mmsi]?.filter { ids.contains($0.key) } }
    }

    /// The events a position causes.
    public mutating func observe(_ p: StoredPosition) -> [StoredEvent] {
        var events: [StoredEvent] = []
        var current = inside[p.mmsi] ?? [:]
        for area in areas {
            let isInside =
                area.box.contains(latitude: p.latitude, longitude: p.longitude)
                && area.rings.contains { Self.ring($0, contains: (p.longitude, p.latitude)) }
            if isInside, current[area.id] == nil {
                let entry = StoredEvent(
                    id: "zone_entry-\(p.mmsi)-\(area.id)-\(p.time)",
                    type: "zone_entry",
                    mmsi: [p.mmsi],
                    start: p.time,
                    latitude: p.latitude,
                    longitude: p.longitude,
                    zone: area.id,
                    detailsJSON: Self.details(p)
                )
                current[area.id] = entry
                events.append(entry)
            } else if !isInside, var entry = current[area.id] {
                entry.end = p.time
                events.append(entry)
                events.append(
                    StoredEvent(
                        id: "zone_exit-\(p.mmsi)-\(area.id)-\(p.time)",
                        type: "zone_exit",
                        mmsi: [p.mmsi],
                        start: p.time,
                        end: p.time,
                        latitude: p.latitude,
                        longitude: p.longitude,
                        zone: area.id,
                        detailsJSON: Self.details(p)
                    )
                )
                current[area.id] = nil
            }
        }
        inside[p.mmsi] = current.isEmpty ? nil : current
        return events
    }

    private static func details(_ p: StoredPosition) -> String {
        p.speed.map { "{\"speed\":\($0)}" } ?? "{}"
    }

    /// Even-odd rule on a ring of longitude/latitude pairs (small areas, no date-line crossing).
    static func ring(_ ring: [(lon: Double, lat: Double)], contains point: (Double, Double)) -> Bool {
        let (x, y) = point
        var result = false
        var j = ring.count - 1
        for i in ring.indices {
            let (xi, yi) = ring[i]
            let (xj, yj) = ring[j]
            if (yi > y) != (yj > y), x < (xj - xi) * (y - yi) / (yj - yi) + xi { result.toggle() }
            j = i
        }
        return result
    }

    static func area(_ zone: StoredZone) -> Area? {
        guard let rings = try? GeoJSONGeometry.outerRings(zone.geometryJSON), !rings.isEmpty else { return nil }
        let points = rings.joined()
        let box = BoundingBox(
            minLongitude: points.map(\.lon).min() ?? 0,
            minLatitude: points.map(\.lat).min() ?? 0,
            maxLongitude: points.map(\.lon).max() ?? 0,
            maxLatitude: points.map(\.lat).max() ?? 0
        )
        return Area(id: zone.id, rings: rings, box: box)
    }
}

/// Reading and checking GeoJSON geometries that zones are made of.
public enum GeoJSONGeometry {
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The outer rings of a `Polygon` or each polygon of a `MultiPolygon`, as longitude/latitude.
    /// Throws ``Invalid`` for anything else, a ring of fewer than 4 points, or out-of-range values.
    public static func outerRings(_ json: String) throws -> [[(lon: Double, lat: Double)]] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw Invalid(description: "geometry is not a JSON object")
        }
        return try outerRings(object)
    }

    static func outerRings(_ object: [String: Any]) throws -> [[(lon: Double, lat: Double)]] {
        let type = object["type"] as? String
        let polygons: [Any]
        switch type {
        case "Polygon": polygons = [object["coordinates"] as Any]
        case "MultiPolygon": polygons = object["coordinates"] as? [Any] ?? []
        default: throw Invalid(description: "geometry type must be Polygon or MultiPolygon, not \(type ?? "none")")
        }
        return try polygons.map { polygon in
            guard let rings = polygon as? [[[Double]]], let outer = rings.first, outer.count >= 4 else {
                throw Invalid(description: "a polygon needs a ring of at least 4 [lon, lat] positions")
            }
            return try outer.map { position in
                guard position.count >= 2, abs(position[0]) <= 180, abs(position[1]) <= 90 else {
                    throw Invalid(description: "position \(position) is not [lon, lat] in degrees")
                }
                return (lon: position[0], lat: position[1])
            }
        }
    }
}
