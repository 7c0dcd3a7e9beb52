import Foundation

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
