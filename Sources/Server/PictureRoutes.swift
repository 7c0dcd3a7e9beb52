import Foundation
import Hummingbird
import Sharing
import Store

/// The maritime picture's labelled things under `/api/v1`: events, zones and the live stream.
///
/// Every read goes through ``ReleasabilityPolicy/canRead(_:_:)`` with the caller's reader: the
/// lists leave out what the caller may not see, a detail the caller may not see answers 404 like
/// one that does not exist, and the live stream sends each client only the events (and zone
/// change notices) it may see. Vessels, positions and tracks are raw AIS, broadcast in the clear,
/// and carry no labels.
enum PictureRoutes {
    static func add(to router: Router<NodeRequestContext>, core: NodeCore, sharing: SharingService) {
        let api = router.group("api/v1")
        api.get("events") { request, context -> Response in
            let reader = try context.requirePrincipal().reader
            let q = request.uri.queryParameters
            var query = EventQuery(
                limit: try APIValues.limit(q["limit"].map(String.init), default: 500, maximum: 10_000)
            )
            query.type = q["type"].map(String.init)
            query.from = try q["from"].map { try APIValues.time(String($0), name: "from") }
            query.to = try q["to"].map { try APIValues.time(String($0), name: "to") }
            if let mmsi = q["mmsi"] { query.mmsi = try APIValues.mmsi(String(mmsi)) }
            query.zone = q["zone"].map(String.init)
            let events = try await visibleEvents(in: core.store, query, to: reader)
            return APIValues.json(bytes: APIJSON.list(events, APIJSON.event))
        }
        api.get("events/:id") { _, context -> Response in
            let reader = try context.requirePrincipal().reader
            let id = try context.parameters.require("id")
            guard let event = try await core.store.event(id: id), ReleasabilityPolicy.canRead(reader, event.labels)
            else { throw HTTPError(.notFound, message: "no event \(id)") }
            return APIValues.json(bytes: APIJSON.object(event, APIJSON.event))
        }
        api.get("zones") { _, context -> Response in
            let reader = try context.requirePrincipal().reader
            let zones = try await core.store.zones().filter { ReleasabilityPolicy.canRead(reader, $0.labels) }
            return try APIValues.geoJSON(["type": "FeatureCollection", "features": zones.map(APIValues.zoneFeature)])
        }
        api.post("zones") { request, context -> Response in
            let principal = try context.requirePrincipal()
            try await SharingRoutes.refusing { try await sharing.requireRole(.analyst, principal, action: "save zone") }
            var request = request
            let body = try await request.collectBody(upTo: NodeRoutes.maximumBody)
            let zone: StoredZone
            do {
                zone = try ZoneInput.read(
                    Data(body.readableBytesView),
                    now: APIValues.milliseconds(Date()),
                    owner: principal.reader.organisation,
                    defaults: core.pictureLabels
                )
            } catch let error as HTTPError {
                let why = error.body ?? "malformed zone"
                await sharing.record(actor: principal.auditName, action: .rejected, target: "zones", outcome: why)
                throw error
            }
            let held = try await core.store.zones().first { $0.id == zone.id }
            if held != nil { try await requireOwner(held, principal, sharing, action: "replace", id: zone.id) }
            try await core.store.saveZone(zone)
            try await core.zones.reload(from: core.store)
            await sharing.record(
                actor: principal.auditName,
                action: held == nil ? .create : .update,
                target: "zone:\(zone.id)",
                outcome: "ok",
                detail: "\(zone.labels.tlp.label) to [\(zone.labels.releasableTo.joined(separator: ","))]"
            )
            await core.live.publish(.zonesChanged([held?.labels, zone.labels].compactMap { $0 }))
            return try APIValues.geoJSON(APIValues.zoneFeature(zone), status: .created)
        }
        api.delete("zones/:id") { _, context -> Response in
            let principal = try context.requirePrincipal()
            try await SharingRoutes.refusing {
                try await sharing.requireRole(.analyst, principal, action: "delete zone")
            }
            let id = try context.parameters.require("id")
            let held = try await requireOwner(
                try await core.store.zones().first { $0.id == id },
                principal,
                sharing,
                action: "delete",
                id: id
            )
            guard try await core.store.deleteZone(id: id) else { throw HTTPError(.notFound, message: "no zone \(id)") }
            try await core.zones.reload(from: core.store)
            await sharing.record(actor: principal.auditName, action: .delete, target: "zone:\(id)", outcome: "ok")
            await core.live.publish(.zonesChanged([held.labels]))
            return Response(status: .noContent)
        }
        api.get("stream") { _, context -> Response in
            let reader = try context.requirePrincipal().reader
            let updates = await core.live.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "retry: 2000\n: connected\n\n"))
                    for await update in updates where mayRead(update, reader) {
                        try await writer.write(LiveStreamFormat.message(update))
                    }
                    try await writer.finish(nil)
                }
            )
        }
    }

    /// Whether a live-stream client reading as `reader` gets `update`: events and zone notices only
    /// when the policy lets it read them; vessel states (raw AIS) and heartbeats always.
    static func mayRead(_ update: LiveUpdate, _ reader: Reader) -> Bool {
        switch update {
        case .event(let live): ReleasabilityPolicy.canRead(reader, live.event.labels)
        case .zonesChanged(let labels): labels.contains { ReleasabilityPolicy.canRead(reader, $0) }
        case .vessels, .heartbeat: true
        }
    }

    /// The first `query.limit` events matching `query` that `reader` may see, newest first. The store
    /// is asked only for the label sets the reader may read (from its catalogue of the sets events
    /// carry), so a reader who may see few events is not answered by reading past all the others.
    /// Each event is still checked here, reading on past any that fail (an unreadable labels column).
    static func visibleEvents(
        in store: any NodeStore,
        _ query: EventQuery,
        to reader: Reader
    ) async throws -> [StoredEvent] {
        let sets = try await store.eventLabels()
        let readable = sets.filter { ReleasabilityPolicy.canRead(reader, $0.labels) }
        var page = query
        if readable.count < sets.count {
            guard !readable.isEmpty else { return [] }
            page.labelKeys = readable.map(\.key)
        }
        var found: [StoredEvent] = []
        while found.count < query.limit {
            let events = try await store.events(page)
            for event in events where ReleasabilityPolicy.canRead(reader, event.labels) {
                found.append(event)
                if found.count == query.limit { break }
            }
            guard events.count == page.limit, let last = events.last else { break }
            page.after = EventCursor(after: last)
            page.limit = min(page.limit * 2, 10_000)
        }
        return found
    }

    /// Lets a change to zone `held` through only from its owner organisation: 404 when the caller
    /// may not see it (or it is absent: `held` nil), 403 when they may see it but do not own it; each
    /// refusal is audited. A replace of a zone the caller may not see answers 409: the id is taken.
    @discardableResult
    static func requireOwner(
        _ held: StoredZone?,
        _ principal: Principal,
        _ sharing: SharingService,
        action: String,
        id: String
    ) async throws -> StoredZone {
        let target = "zone:\(id)"
        guard let held, ReleasabilityPolicy.canRead(principal.reader, held.labels) else {
            // a zone id taken by a zone the caller may not see answers as taken, saying no more
            let replacing = action == "replace"
            let refusal = await sharing.refusal(
                replacing ? .conflict : .notFound,
                replacing ? "zone id '\(id)' is taken; choose another properties.id" : "no zone \(id)",
                to: principal,
                action: .authorizationFailed,
                target: target,
                outcome: "not visible or absent",
                detail: action
            )
            throw HTTPError(refusal)
        }
        guard held.labels.owner == principal.reader.organisation else {
            let refusal = await sharing.refusal(
                .forbidden,
                "only \(held.labels.owner) can \(action) zone \(id)",
                to: principal,
                action: .authorizationFailed,
                target: target,
                outcome: "not the owner",
                detail: action
            )
            throw HTTPError(refusal)
        }
        return held
    }
}
