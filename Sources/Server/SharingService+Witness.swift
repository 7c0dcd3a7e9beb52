import Foundation
import Sharing
import Store

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A peer's audit checkpoint as this node holds it: the newest head the peer signed and sent, and
/// when it arrived (seconds since 1970 UTC).
public struct WitnessedCheckpoint: Sendable, Hashable, Codable {
    /// The checkpoint's one-line text form (``AuditCheckpoint/description``).
    public var checkpoint: String
    public var received: Int64
    /// A second checkpoint the peer signed for the same sequence with another hash: proof that its
    /// log was rewritten. Kept once seen.
    public var conflicting: String?
}

/// What a node answers a checkpoint (the body of `POST /federation/v1/checkpoints`).
public struct WitnessReply: Sendable {
    public var status: Int
    public var message: String
}

/// Peers witness each other's audit log. Every so often a node signs the head of its log
/// (``AuditCheckpoint``) and sends it to each peer, which keeps the newest. Whoever later doubts
/// the node's log asks a peer for the checkpoint it holds and runs `kizuna audit verify
/// --checkpoint`: entries edited, removed or cut from the end before that head are then found,
/// even if whoever cut them also holds the node's key files.
///
/// The peer audits what is wrong (an unknown or badly signing sender, two different heads for one
/// sequence, a head older than one it holds) but not each accepted checkpoint: an entry per receipt
/// would move the receiver's own head, which it would then send back, and two peers would keep each
/// other's logs growing.
extension SharingService {
    /// Body of `POST /federation/v1/checkpoints`.
    struct CheckpointMessage: Codable {
        var origin: String
        var checkpoint: String
    }

    /// Largest checkpoint message accepted, in bytes.
    static let maximumCheckpointMessage = 4096

    /// Signs the log's head and sends it to `peer` if the head moved since the peer last
    /// acknowledged one. Returns whether it sent; throws when the peer could not be reached or
    /// refused (the next call retries). A key-only peer (no address) is never sent to.
    @discardableResult
    public func sendCheckpoint(to peer: Peer, session: URLSession = .shared) async throws -> Bool {
        guard !peer.url.isEmpty, let line = try await store.lastAuditLine() else { return false }
        let entry = try AuditEntry(storedLine: line)
        let acknowledged = try await store.cursor("witness-out:\(peer.organisation)")
        guard entry.sequence > acknowledged else { return false }
        let checkpoint = AuditCheckpoint(
            head: AuditChain.Head(sequence: entry.sequence, hash: entry.hash),
            time: now(),
            key: nodeKey
        )
        let body = try JSONEncoder().encode(CheckpointMessage(origin: organisation, checkpoint: checkpoint.description))
        let (status, answer) = try await postToPeer(
            body,
            path: "federation/v1/checkpoints",
            peer: peer,
            session: session
        )
        guard status == 200 else { throw FederationSendError(peer: peer.organisation, status: status, body: answer) }
        try await store.setCursor("witness-out:\(peer.organisation)", Int64(entry.sequence))
        return true
    }

    /// Checks and keeps a checkpoint a peer sent. Refusals that anyone could provoke (a malformed or
    /// unverified message, a replayed older head) are counted per `client` address for the audit
    /// log (``refuse(_:client:target:reason:)``), not written one by one.
    public func receiveCheckpoint(_ body: Data, client: String = "unknown") async -> WitnessReply {
        guard body.count <= Self.maximumCheckpointMessage,
            let message = try? JSONDecoder().decode(CheckpointMessage.self, from: body)
        else {
            return await refuseCheckpoint(
                from: "peer:unverified",
                400,
                "a checkpoint message is {\"origin\": ORG, \"checkpoint\": TEXT}, at most "
                    + "\(Self.maximumCheckpointMessage) bytes",
                counted: ("rejected: malformed", client)
            )
        }
        // a key-only peer only vouches for records it wrote; it is no partner to witness for
        guard let peer = peers[message.origin], !peer.url.isEmpty, let key = peerKeys[message.origin] else {
            return await refuseCheckpoint(
                from: "peer:unverified",
                401,
                "\"\(message.origin)\" is not a peer of this node",
                counted: ("rejected: not a peer", client)
            )
        }
        let checkpoint: AuditCheckpoint
        do { checkpoint = try AuditCheckpoint(text: message.checkpoint) } catch {
            return await refuseCheckpoint(
                from: "peer:unverified",
                400,
                "\(error)",
                counted: ("rejected: malformed checkpoint", client)
            )
        }
        guard checkpoint.isValid(for: key) else {
            return await refuseCheckpoint(
                from: "peer:unverified",
                401,
                "the checkpoint is not signed by \(message.origin)'s key",
                counted: ("rejected: bad signature", client)
            )
        }
        let actor = "peer:\(message.origin)"
        do {
            let held = try await witnessedCheckpoint(of: message.origin)
            if var held, let old = try? AuditCheckpoint(text: held.checkpoint) {
                if checkpoint.head.sequence == old.head.sequence, checkpoint.head.hash != old.head.hash {
                    held.conflicting = held.conflicting ?? checkpoint.description
                    try await saveWitness(held, of: message.origin)
                    return await refuseCheckpoint(
                        from: actor,
                        409,
                        "head \(checkpoint.head.sequence) was signed before with hash \(old.head.hash); "
                            + "the log was rewritten",
                        action: "checkpoint_conflict"
                    )
                }
                if checkpoint.head.sequence < old.head.sequence {
                    return await refuseCheckpoint(
                        from: actor,
                        409,
                        "head \(checkpoint.head.sequence) is older than head \(old.head.sequence) held since "
                            + "\(held.received); the log lost entries or this is a replay",
                        action: "checkpoint_regressed",
                        counted: ("older head than held", client)
                    )
                }
                if checkpoint.head == old.head { return WitnessReply(status: 200, message: "already held") }
            }
            let kept = WitnessedCheckpoint(
                checkpoint: checkpoint.description,
                received: now(),
                conflicting: held?.conflicting
            )
            try await saveWitness(kept, of: message.origin)
        } catch {
            logger.error("checkpoint store failed", metadata: ["peer": "\(message.origin)", "error": "\(error)"])
            return WitnessReply(status: 503, message: "could not store the checkpoint; retry")
        }
        return WitnessReply(status: 200, message: "held head \(checkpoint.head.sequence)")
    }

    /// The newest checkpoint `peer` sent this node, nil if none.
    public func witnessedCheckpoint(of peer: String) async throws -> WitnessedCheckpoint? {
        guard let text = try await store.setting("witness:\(peer)") else { return nil }
        return try JSONDecoder().decode(WitnessedCheckpoint.self, from: Data(text.utf8))
    }

    private func saveWitness(_ witness: WitnessedCheckpoint, of peer: String) async throws {
        try await store.setSetting(
            "witness:\(peer)",
            String(decoding: try JSONEncoder().encode(witness), as: UTF8.self)
        )
    }

    private func refuseCheckpoint(
        from actor: String,
        _ status: Int,
        _ why: String,
        action: AuditAction = .federationRejected,
        counted: (reason: String, client: String)? = nil
    ) async -> WitnessReply {
        if let counted {
            await refuse(action, client: counted.client, target: "checkpoint", reason: counted.reason)
        } else {
            await record(actor: actor, action: action, target: "checkpoint", outcome: "rejected", detail: why)
        }
        return WitnessReply(status: status, message: why)
    }
}

extension SharingService {
    /// POSTs JSON `body` to `path` under the peer's base URL; returns the status and the first 300
    /// bytes of the answer.
    func postToPeer(_ body: Data, path: String, peer: Peer, session: URLSession) async throws -> (Int, String) {
        guard
            let url = URL(string: peer.url.hasSuffix("/") ? String(peer.url.dropLast()) : peer.url)?
                .appendingPathComponent(path)
        else { throw SharingRefusal(.badRequest, "bad peer url \(peer.url)") }
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (answer, response) = try await session.upload(for: request, from: body)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: answer.prefix(300), as: UTF8.self))
    }
}
