import Foundation
import Hummingbird
import Picture
import Sharing
import Store

/// Reading query parameters and writing JSON answers for the API.
enum APIValues {
    /// `minLon,minLat,maxLon,maxLat` in degrees.
    static func boundingBox(_ text: String) throws -> BoundingBox {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        guard parts.count == 4, let w = parts[0], let s = parts[1], let e = parts[2], let n = parts[3],
            (-180...180).contains(w), (-180...180).contains(e), (-90...90).contains(s), (-90...90).contains(n),
            w <= e, s <= n
        else {
            throw HTTPError(
                .badRequest,
                message: "bbox must be minLon,minLat,maxLon,maxLat in degrees with min <= max, got '\(text)'"
            )
        }
        return BoundingBox(minLongitude: w, minLatitude: s, maxLongitude: e, maxLatitude: n)
    }

    /// An ISO 8601 UTC time (`2025-06-01T12:00:00Z`, optional fractional seconds) or milliseconds
    /// since 1970, as milliseconds since 1970.
    static func time(_ text: String, name: String) throws -> Int64 {
        if let milliseconds = Int64(text) { return milliseconds }
        if let date = try? Date(text, strategy: .iso8601) { return milliseconds(date) }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
            return milliseconds(date)
        }
        throw HTTPError(
            .badRequest,
            message: "\(name) must be an ISO 8601 time such as 2025-06-01T12:00:00Z, got '\(text)'"
        )
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// ISO 8601 UTC, with milliseconds when there are any. Exact: a `Date` made from milliseconds / 1000
    /// can fall a hair below the time and format as the millisecond before it.
    static func iso(_ milliseconds: Int64) -> String { ISOTime.format(milliseconds) }

    /// Seconds since 1970 as ``iso(_:)`` writes them, held to the years 0001–9999 (a record's time
    /// comes from a partner or a client, and seconds × 1000 must not overflow).
    static func iso(seconds: Int64) -> String { iso(min(max(seconds, -62_135_596_800), 253_402_300_799) * 1000) }

    static func mmsi(_ text: String?) throws -> UInt32 {
        guard let text, let value = UInt32(text), value > 0, value <= 999_999_999 else {
            throw HTTPError(.badRequest, message: "an MMSI is a number of up to 9 digits, got '\(text ?? "")'")
        }
        return value
    }

    static func limit(_ text: String?, default value: Int, maximum: Int) throws -> Int {
        guard let text else { return value }
        guard let limit = Int(text), limit > 0 else {
            throw HTTPError(.badRequest, message: "limit must be a positive number, got '\(text)'")
        }
        return min(limit, maximum)
    }

    /// A JSON answer. Dictionary values that are nil are left out.
    static func json(
        _ object: Any,
        status: HTTPResponse.Status = .ok,
        contentType: String = "application/json"
    )
        throws -> Response
    {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
        return Response(
            status: status,
            headers: [.contentType: contentType],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// A response of JSON already written as bytes.
    static func json(bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: bytes))
    }

    static func geoJSON(_ object: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        try json(object, status: status, contentType: "application/geo+json")
    }

    static func dictionary(_ pairs: KeyValuePairs<String, Any?>) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in pairs { if let value { result[key] = value } }
        return result
    }

    /// Labels as the API shows them: `owner`, `tlp` (TLP 2.0), `releasableTo`, `classification`.
    static func labels(_ l: Labels) -> [String: Any] {
        dictionary([
            "owner": l.owner, "tlp": l.tlp.rawValue, "releasableTo": l.releasableTo, "classification": l.classification,
        ])
    }

    static func zoneFeature(_ z: StoredZone) -> [String: Any] {
        let geometry = (try? JSONSerialization.jsonObject(with: Data(z.geometryJSON.utf8))) ?? NSNull()
        return [
            "type": "Feature", "id": z.id, "geometry": geometry,
            "properties": [
                "id": z.id, "name": z.name, "kind": z.kind, "created": iso(z.created), "labels": labels(z.labels),
            ],
        ]
    }
}

/// Broad ship categories from the ship-type code, ITU-R M.1371-5 Table 53, for filters and map symbols.
public enum ShipCategory: String, CaseIterable, Sendable {
    case fishing, tug, military, law, pleasure
    case highSpeed = "high_speed"
    case passenger, cargo, tanker, other

    public init(code: Int) {
        switch code {
        case 30: self = .fishing
        case 31, 32, 52: self = .tug
        case 35: self = .military
        case 55: self = .law
        case 36, 37: self = .pleasure
        case 40...49: self = .highSpeed
        case 60...69: self = .passenger
        case 70...79: self = .cargo
        case 80...89: self = .tanker
        default: self = .other
        }
    }

    /// Every code in the category (for the store's filter).
    public var codes: [Int] { (0...99).filter { ShipCategory(code: $0) == self } }
}
