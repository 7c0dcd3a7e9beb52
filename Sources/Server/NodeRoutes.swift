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
            return event.message
        case .zonesChanged:
            return ByteBuffer(string: "event: zones\ndata: {}\n\n")
        case .heartbeat:
            return ByteBuffer(string: ": heartbeat\n\n")
        }
    }

    /// An event's message, encoded once when it is published (``LiveEvent``).
    static func eventMessage(_ event: StoredEvent) -> ByteBuffer {
        var message = ByteBuffer(string: "event: event\ndata: ")
        message.writeImmutableBuffer(APIJSON.object(event, APIJSON.event))
        message.writeString("\n\n")
        return message
    }
}
