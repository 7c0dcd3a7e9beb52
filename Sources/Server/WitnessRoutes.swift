import Foundation
import Hummingbird

/// Peers' audit checkpoints: the inbox where peers send theirs (`/federation/v1/checkpoints`,
/// authenticated by signature) and the admin's view of what this node holds
/// (`/api/v1/peers/{organisation}/checkpoint`).
enum WitnessRoutes {
    static func add(to router: Router<NodeRequestContext>, sharing: SharingService) {
        router.post("federation/v1/checkpoints") { request, context -> Response in
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: SharingService.maximumCheckpointMessage)
            } catch {
                throw HTTPError(
                    .contentTooLarge,
                    message: "a checkpoint message must be at most \(SharingService.maximumCheckpointMessage) bytes"
                )
            }
            let reply = await sharing.receiveCheckpoint(Data(body.readableBytesView), client: context.client)
            let key = reply.status == 200 ? "held" : "error"
            return try APIValues.json([key: reply.message], status: HTTPResponse.Status(code: reply.status))
        }
        router.get("api/v1/peers/:organisation/checkpoint") { _, context -> Response in
            _ = try await SharingAdminRoutes.admin(context, sharing, "read a peer's checkpoint")
            let peer = try context.parameters.require("organisation")
            guard let held = try await sharing.witnessedCheckpoint(of: peer) else {
                throw HTTPError(.notFound, message: "no checkpoint held from \(peer)")
            }
            return try APIValues.json(
                APIValues.dictionary([
                    "organisation": peer, "checkpoint": held.checkpoint,
                    "received": APIValues.iso(seconds: held.received),
                    "conflicting": held.conflicting,
                ])
            )
        }
    }
}
