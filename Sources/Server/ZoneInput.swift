import Foundation
import Hummingbird
import Sharing
import Store

/// A zone as clients send it: a GeoJSON Feature whose properties carry `name` (required), and
/// optionally `id`, `kind` and `labels` (`{"tlp", "releasableTo", "classification"}`, as records take
/// them, TLP 2.0).
enum ZoneInput {
    /// Reads the feature; the zone's owner is `owner` whatever the body says, and labels the body
    /// leaves out come from `defaults` (the node's picture labels). Throws a 400 naming what is wrong.
    static func read(_ data: Data, now: Int64, owner: String, defaults: Labels) throws -> StoredZone {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw HTTPError(.badRequest, message: "the body must be a GeoJSON Feature object")
        }
        guard object["type"] as? String == "Feature", let geometry = object["geometry"] as? [String: Any] else {
            throw HTTPError(.badRequest, message: "the body must be a GeoJSON Feature with a geometry")
        }
        let properties = object["properties"] as? [String: Any] ?? [:]
        guard let name = properties["name"] as? String, !name.isEmpty, name.count <= 200 else {
            throw HTTPError(.badRequest, message: "properties.name is required (1 to 200 characters)")
        }
        do {
            _ = try GeoJSONGeometry.outerRings(geometry)
        } catch let error as GeoJSONGeometry.Invalid {
            throw HTTPError(.badRequest, message: error.description)
        }
        let id = (properties["id"] as? String) ?? slug(name)
        guard !id.isEmpty, id.count <= 100, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else {
            throw HTTPError(.badRequest, message: "properties.id may hold letters, digits, '-' and '_' only")
        }
        let geometryData = try JSONSerialization.data(withJSONObject: geometry)
        return StoredZone(
            id: id,
            name: name,
            kind: properties["kind"] as? String ?? "user",
            geometryJSON: String(decoding: geometryData, as: UTF8.self),
            created: now,
            labels: try labels(properties["labels"], owner: owner, defaults: defaults)
        )
    }

    /// `properties.labels`: each of `tlp`, `releasableTo` and `classification` that is given
    /// replaces the default; the owner is always `owner`.
    static func labels(_ value: Any?, owner: String, defaults: Labels) throws -> Labels {
        var labels = defaults
        labels.owner = owner
        guard let value, !(value is NSNull) else { return labels }
        guard let object = value as? [String: Any] else {
            throw HTTPError(
                .badRequest,
                message: "properties.labels must be an object {tlp, releasableTo, classification}"
            )
        }
        if let tlp = object["tlp"] {
            guard let text = tlp as? String, let parsed = TrafficLightProtocol(label: text) else {
                throw HTTPError(
                    .badRequest,
                    message: "properties.labels.tlp \"\(tlp)\" must be one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED"
                )
            }
            labels.tlp = parsed
        }
        if let releasable = object["releasableTo"] {
            guard let list = releasable as? [String] else {
                throw HTTPError(.badRequest, message: "properties.labels.releasableTo must be a list of ids")
            }
            labels.releasableTo = list
        }
        if let classification = object["classification"] {
            switch classification {
            case is NSNull: labels.classification = nil
            case let text as String: labels.classification = text.isEmpty ? nil : text
            default: throw HTTPError(.badRequest, message: "properties.labels.classification must be text")
            }
        }
        do {
            try labels.validate()
        } catch {
            throw HTTPError(.badRequest, message: "properties.labels: \(error)")
        }
        return labels
    }

    static func slug(_ name: String) -> String {
        let mapped = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}
