import Foundation
import Hummingbird
import Store

/// The HTTP API under `/api/v1`, `/health`, `/metrics` and `/openapi.json` (see docs/server.md).
public enum NodeRoutes {
    /// Largest request body accepted (a zone's GeoJSON), in bytes.
    public static let maximumBody = 256 * 1024

    public static func add(to router: Router<some RequestContext>, core: NodeCore) {
        router.get("/health") { _, _ -> Response in
            _ = try await core.store.vessel(mmsi: 0)
            return try APIValues.json(["status": "ok", "queue": await core.queue.count])
        }
        router.get("/metrics") { _, _ -> Response in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(bytes: core.metrics.registry.emitToBuffer()))
            )
        }
        router.get("/openapi.json") { _, _ -> Response in
            Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json))
            )
        }
        let api = router.group("api/v1")
        api.get("vessels") { request, _ -> Response in
            let q = request.uri.queryParameters
            var query = VesselQuery(
                limit: try APIValues.limit(q["limit"].map(String.init), default: 5000, maximum: 20_000)
            )
            if let bbox = q["bbox"] { query.box = try APIValues.boundingBox(String(bbox)) }
            if let type = q["type"] {
                guard let category = ShipCategory(rawValue: String(type)) else {
                    throw HTTPError(
                        .badRequest,
                        message: "type must be one of \(ShipCategory.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                query.shipTypes = category.codes
            }
            if let flag = q["flag"] { query.flag = String(flag).uppercased() }
            if let name = q["name"], !name.isEmpty { query.nameContains = String(name) }
            try await core.vessels.loadIfNeeded(from: core.store)
            return Response(
                status: .ok,
                headers: [.contentType: "application/geo+json"],
                body: .init(byteBuffer: core.vessels.featureCollection(query))
            )
        }
        api.get("vessels/:mmsi") { request, context -> Response in
            let mmsi = try APIValues.mmsi(context.parameters.get("mmsi"))
            guard let vessel = try await core.store.vessel(mmsi: mmsi) else {
                throw HTTPError(.notFound, message: "no vessel with MMSI \(mmsi)")
            }
            return Response(
                status: .ok,
                headers: [.contentType: "application/geo+json"],
                body: .init(byteBuffer: ByteBuffer(bytes: VesselFeature(vessel).json))
            )
        }
        api.get("vessels/:mmsi/track") { request, context -> Response in
            let mmsi = try APIValues.mmsi(context.parameters.get("mmsi"))
            let q = request.uri.queryParameters
            let to = try q["to"].map { try APIValues.time(String($0), name: "to") } ?? Int64.max
            let from = try q["from"].map { try APIValues.time(String($0), name: "from") } ?? 0
            guard from <= to else { throw HTTPError(.badRequest, message: "from must not be after to") }
            guard try await core.store.vessel(mmsi: mmsi) != nil else {
                throw HTTPError(.notFound, message: "no vessel with MMSI \(mmsi)")
            }
            let limit = try APIValues.limit(q["limit"].map(String.init), default: 10_000, maximum: 100_000)
            let points = try await core.store.track(mmsi: mmsi, from: from, to: to, limit: limit)
            return try APIValues.geoJSON([
                "type": "Feature",
                "geometry": ["type": "LineString", "coordinates": points.map { [$0.longitude, $0.latitude] }],
                "properties": [
                    "mmsi": mmsi, "times": points.map { APIValues.iso($0.time) },
                    "speeds": points.map { $0.speed as Any? ?? NSNull() },
                ],
            ])
        }
        api.get("positions") { request, _ -> Response in
            let q = request.uri.queryParameters
            guard let atText = q["at"] else { throw HTTPError(.badRequest, message: "at is required") }
            let at = try APIValues.time(String(atText), name: "at")
            let box = try q["bbox"].map { try APIValues.boundingBox(String($0)) }
            let points = try await core.store.positions(at: at, window: 30 * 60_000, box: box)
            return try APIValues.geoJSON([
                "type": "FeatureCollection",
                "features": points.map { p in
                    [
                        "type": "Feature", "id": p.mmsi,
                        "geometry": ["type": "Point", "coordinates": [p.longitude, p.latitude]],
                        "properties": APIValues.dictionary([
                            "mmsi": p.mmsi, "time": APIValues.iso(p.time), "speed": p.speed, "course": p.course,
                            "heading": p.heading,
                        ]),
                    ] as [String: Any]
                },
            ])
        }
        api.get("events") { request, _ -> Response in
            let q = request.uri.queryParameters
            var query = EventQuery(
                limit: try APIValues.limit(q["limit"].map(String.init), default: 500, maximum: 10_000)
            )
            query.type = q["type"].map(String.init)
            query.from = try q["from"].map { try APIValues.time(String($0), name: "from") }
            query.to = try q["to"].map { try APIValues.time(String($0), name: "to") }
            if let mmsi = q["mmsi"] { query.mmsi = try APIValues.mmsi(String(mmsi)) }
            query.zone = q["zone"].map(String.init)
            return try APIValues.json(try await core.store.events(query).map(APIValues.event))
        }
        api.get("zones") { _, _ -> Response in
            try APIValues.geoJSON([
                "type": "FeatureCollection", "features": try await core.store.zones().map(APIValues.zoneFeature),
            ])
        }
        api.post("zones") { request, _ -> Response in
            var request = request
            let body = try await request.collectBody(upTo: maximumBody)
            let zone = try ZoneInput.read(Data(body.readableBytesView), now: APIValues.milliseconds(Date()))
            try await core.store.saveZone(zone)
            try await core.zones.reload(from: core.store)
            await core.live.publish(.zonesChanged)
            return try APIValues.geoJSON(APIValues.zoneFeature(zone), status: .created)
        }
        api.delete("zones/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard try await core.store.deleteZone(id: id) else {
                throw HTTPError(.notFound, message: "no zone with id '\(id)'")
            }
            try await core.zones.reload(from: core.store)
            await core.live.publish(.zonesChanged)
            return Response(status: .noContent)
        }
        api.get("stream") { _, _ -> Response in
            let updates = await core.live.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "retry: 2000\n: connected\n\n"))
                    for await update in updates { try await writer.write(LiveStreamFormat.message(update)) }
                    try await writer.finish(nil)
                }
            )
        }
    }
}

/// Server-Sent Events text for each live update.
enum LiveStreamFormat {
    static func message(_ update: LiveUpdate) -> ByteBuffer {
        switch update {
        case .vessels(let vessels):
            // a JSON array of the Features, written from their bytes
            var buffer = ByteBuffer()
            buffer.reserveCapacity(24 + vessels.reduce(0) { $0 + $1.json.count + 1 })
            buffer.writeString("event: vessels\ndata: [")
            for (i, vessel) in vessels.enumerated() {
                if i > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
                buffer.writeBytes(vessel.json)
            }
            buffer.writeString("]\n\n")
            return buffer
        case .event(let event):
            return ByteBuffer(string: "event: event\ndata: " + text(APIValues.event(event)) + "\n\n")
        case .zonesChanged:
            return ByteBuffer(string: "event: zones\ndata: {}\n\n")
        case .heartbeat:
            return ByteBuffer(string: ": heartbeat\n\n")
        }
    }

    private static func text(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A zone as clients send it: a GeoJSON Feature whose properties carry `name` (required), and
/// optionally `id` and `kind`.
enum ZoneInput {
    static func read(_ data: Data, now: Int64) throws -> StoredZone {
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
            created: now
        )
    }

    static func slug(_ name: String) -> String {
        let mapped = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}
