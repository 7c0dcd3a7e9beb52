import Foundation
import Hummingbird
import Sharing
import Store

/// The peer inbox (`/federation/v1/messages`, authenticated by signature, not by token), the peers
/// admin API, the live records stream and the STIX export.
enum FederationRoutes {
    /// Largest federation message accepted, in bytes (matches ``FederationInbox``'s default).
    static let maximumMessage = 16 << 20

    static func add(to router: Router<NodeRequestContext>, sharing: SharingService) {
        router.post("federation/v1/messages") { request, context -> Response in
            var request = request
            let wire: ByteBuffer
            do {
                wire = try await request.collectBody(upTo: maximumMessage)
            } catch {
                await sharing.refuse(
                    .federationRejected,
                    client: context.client,
                    target: "message",
                    reason: "rejected: oversized"
                )
                throw HTTPError(
                    .contentTooLarge,
                    message: "a federation message must be at most \(maximumMessage) bytes"
                )
            }
            let reply = await sharing.receive(Data(wire.readableBytesView), client: context.client)
            return try APIValues.json(
                APIValues.dictionary(["accepted": reply.accepted, "refused": reply.refused, "error": reply.error]),
                status: HTTPResponse.Status(code: reply.status)
            )
        }
        let api = router.group("api/v1")
        api.get("node") { _, context -> Response in
            _ = try context.requirePrincipal()
            return try APIValues.json([
                "organisation": sharing.organisation, "publicKey": sharing.nodeKey.publicKey.base64,
            ])
        }
        api.get("peers") { _, context -> Response in
            _ = try await SharingAdminRoutes.admin(context, sharing, "list peers")
            return try APIValues.json(
                await sharing.allPeers().map {
                    ["organisation": $0.organisation, "url": $0.url, "publicKey": $0.publicKey]
                }
            )
        }
        api.post("peers") { request, context -> Response in
            let p = try await SharingAdminRoutes.admin(context, sharing, "add a peer")
            let peer = try await SharingRoutes.decode(Peer.self, request, context, sharing: sharing)
            try await SharingRoutes.refusing { try await sharing.addPeer(peer, by: p.auditName) }
            return try APIValues.json(["organisation": peer.organisation], status: .created)
        }
        api.get("records/stream") { _, context -> Response in
            let reader = try context.requirePrincipal().reader
            let updates = await sharing.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "retry: 2000\n: connected\n\n"))
                    for await record in updates where ReleasabilityPolicy.canRead(reader, record.labels) {
                        // a tombstone tells open pages to drop the record
                        var message = ByteBuffer(
                            string: record.isDeleted ? "event: deleted\ndata: " : "event: record\ndata: "
                        )
                        message.writeImmutableBuffer(APIJSON.object(record, APIJSON.record))
                        message.writeString("\n\n")
                        try await writer.write(message)
                    }
                    try await writer.finish(nil)
                }
            )
        }
        api.get("export/stix") { _, context -> Response in
            let p = try context.requirePrincipal()
            let records = await sharing.visibleRecords(to: p.reader, RecordQuery(limit: .max))
            let bundle = try STIXBundle(records: records).json()
            await sharing.record(
                actor: p.auditName,
                action: "export",
                target: "stix",
                outcome: "ok",
                detail: "\(records.count) records"
            )
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/stix+json;version=2.1",
                    .contentDisposition: "attachment; filename=\"kizuna-records.json\"",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: bundle))
            )
        }
    }
}
