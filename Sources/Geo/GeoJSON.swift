/// A GeoJSON (RFC 7946) feature reduced to what Kizuna uses: its properties and its polygons or
/// lines. Points and other geometries are kept out.
public struct GeoJSONFeature: Sendable {
    /// The feature's `id` or `properties.id`, else `properties.name`, else its index.
    public var id: String
    public var properties: [String: JSONValue]
    public var polygons: [Polygon]
    public var lines: [LineString]
}

/// Reading and writing GeoJSON without Foundation.
public enum GeoJSON {
    /// The features of a FeatureCollection, a single Feature, or a bare geometry.
    /// - Throws: ``JSONParseError`` when the text is not JSON.
    public static func features(_ bytes: [UInt8]) throws(JSONParseError) -> [GeoJSONFeature] {
        let root = try JSONValue.parse(bytes)
        let list: [JSONValue]
        switch root["type"]?.string {
        case "FeatureCollection": list = root["features"]?.array ?? []
        case "Feature": list = [root]
        default: list = [.object(["type": .string("Feature"), "geometry": root])]
        }
        var out: [GeoJSONFeature] = []
        for (n, f) in list.enumerated() {
            var props: [String: JSONValue] = [:]
            if case .object(let o)? = f["properties"] { props = o }
            let id =
                idText(f["id"]) ?? idText(props["id"]) ?? props["name"]?.string ?? String(n)
            var feature = GeoJSONFeature(id: id, properties: props, polygons: [], lines: [])
            if let g = f["geometry"] { collect(g, into: &feature) }
            out.append(feature)
        }
        return out
    }

    private static func idText(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: return s
        case .number(let d)?: return d == d.rounded() ? String(Int(d)) : String(d)
        default: return nil
        }
    }

    private static func points(_ v: JSONValue?) -> [GeoPoint] {
        (v?.array ?? []).compactMap { c in
            guard let a = c.array, a.count >= 2, let lon = a[0].number, let lat = a[1].number else { return nil }
            return GeoPoint(latitude: lat, longitude: lon)
        }
    }

    private static func polygon(_ v: JSONValue?) -> Polygon? {
        let rings = (v?.array ?? []).map { points($0) }
        guard let outer = rings.first, outer.count >= 3 else { return nil }
        return Polygon(outer: outer, holes: Array(rings.dropFirst()))
    }

    private static func collect(_ g: JSONValue, into f: inout GeoJSONFeature) {
        let coords = g["coordinates"]
        switch g["type"]?.string {
        case "Polygon": if let p = polygon(coords) { f.polygons.append(p) }
        case "MultiPolygon": f.polygons += (coords?.array ?? []).compactMap { polygon($0) }
        case "LineString": f.lines.append(LineString(points: points(coords)))
        case "MultiLineString": f.lines += (coords?.array ?? []).map { LineString(points: points($0)) }
        case "GeometryCollection": for sub in g["geometries"]?.array ?? [] { collect(sub, into: &f) }
        default: break
        }
    }

    /// A number written with at most `decimals` decimals and no trailing zeros.
    public static func number(_ x: Double, decimals: Int = 6) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (x * scale).rounded() / scale
        if r == r.rounded() && abs(r) < 1e15 { return String(Int(r)) }
        var s = String(r)
        if s.contains("e") { return s }
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// A GeoJSON MultiPolygon geometry for `shape`, coordinates as [longitude, latitude].
    public static func geometry(_ shape: MultiPolygon, decimals: Int = 6) -> String {
        func ring(_ r: [GeoPoint]) -> String {
            "["
                + r.map { "[\(number($0.longitude, decimals: decimals)),\(number($0.latitude, decimals: decimals))]" }
                .joined(separator: ",") + "]"
        }
        let polys = shape.polygons.map { p in "[" + ([p.outer] + p.holes).map(ring).joined(separator: ",") + "]" }
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[" + polys.joined(separator: ",") + "]}"
    }
}
