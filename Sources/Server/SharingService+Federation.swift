import Foundation
import Sharing
import Store

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What a node answers a peer's message with (the body of `POST /federation/v1/messages`).
public struct FederationReply: Sendable {
    /// 200 when the message was accepted (some records may still be refused one by one).
    public var status: Int
    public var accepted: Int
    public var refused: [String]
    public var error: String?
}

extension SharingService {
    // MARK: Peers

    public func allPeers() -> [Peer] { peers.values.sorted { $0.organisation < $1.organisation } }

    /// Adds or updates a peer node, agreed out of band: its organisation (known here), its address and
    /// its Ed25519 public key. An empty address makes a key-only peer: an origin whose records arrive
    /// through relays, checked with its key, never sent to and never accepted as a sender.
    public func addPeer(_ peer: Peer, by actor: String) async throws {
        guard organisations[peer.organisation] != nil else {
            throw SharingRefusal(.badRequest, "organisation \"\(peer.organisation)\" is not known; add it first")
        }
        guard peer.organisation != organisation else {
            throw SharingRefusal(.badRequest, "a node does not peer with itself")
        }
        if !peer.url.isEmpty {
            guard let url = URL(string: peer.url), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw SharingRefusal(
                    .badRequest,
                    "url \"\(peer.url)\" must be http(s)://HOST[:PORT], or empty for a key-only peer"
                )
            }
        }
        do { _ = try NodePublicKey(base64: peer.publicKey) } catch { throw SharingRefusal(.badRequest, "\(error)") }
        try await store.savePeer(peer)
        peers[peer.organisation] = peer
        directoryEdits += 1
        peerKeys[peer.organisation] = try? NodePublicKey(base64: peer.publicKey)
        await record(
            actor: actor,
            action: .create,
            target: "peer:\(peer.organisation)",
            outcome: "ok",
            detail: peer.url.isEmpty ? "key only" : peer.url
        )
    }

    // MARK: Receiving

    /// Checks and stores one message from a peer; every outcome leaves an audit entry. A rejected
    /// message may come from anyone, so rejections are counted per `client` address and kind
    /// (``refuse(_:client:target:reason:)``) rather than written one by one.
    public func receive(_ wire: Data, client: String = "unknown") async -> FederationReply {
        var inbox = FederationInbox(
            peers: peerKeys.filter { !(peers[$0.key]?.url.isEmpty ?? true) },
            reader: reader(organisation: organisation),
            origins: peerKeys,
            senders: inboxSenders
        )
        let t = now()
        switch inbox.receive(wire, now: t) {
        case .rejected(let why):
            await refuse(.federationRejected, client: client, target: "message", reason: Self.reason(of: why))
            return FederationReply(status: Self.status(of: why), accepted: 0, refused: [], error: why.description)
        case .accepted(let delivery):
            // advance replay protection before the first suspension, so that a concurrent copy of the
            // message is refused; restore it if storing fails, so that the sender's retry is accepted
            let before = inboxSenders[delivery.sender]
            inbox.accepted(delivery, now: t)
            inboxSenders = inbox.senders
            var stored = 0
            do {
                for record in delivery.records where try await acceptFederated(record, from: delivery.sender) {
                    stored += 1
                }
                let state = String(decoding: try JSONEncoder().encode(inboxSenders[delivery.sender]), as: UTF8.self)
                try await store.setSetting("inbox:\(delivery.sender)", state)
            } catch {
                inboxSenders[delivery.sender] = before
                logger.error("federation store failed", metadata: ["peer": "\(delivery.sender)", "error": "\(error)"])
                return FederationReply(
                    status: 503,
                    accepted: 0,
                    refused: [],
                    error: "could not store the records; retry"
                )
            }
            for refusal in delivery.refused {
                await record(
                    actor: "peer:\(delivery.sender)",
                    action: .federationRejected,
                    target: "record:\(refusal.id)",
                    outcome: "rejected",
                    detail: refusal.reason.description
                )
            }
            await record(
                actor: "peer:\(delivery.sender)",
                action: .federationReceive,
                target: "message:\(delivery.sender)/\(delivery.sequence)",
                outcome: "ok",
                detail: "\(delivery.records.count) records, \(stored) new, \(delivery.refused.count) refused"
            )
            return FederationReply(
                status: 200,
                accepted: delivery.records.count,
                refused: delivery.refused.map(\.description)
            )
        }
    }

    /// A fixed phrase for each kind of rejection (the audit counts by it; the details go back to the
    /// sender in the reply).
    static func reason(of rejection: FederationRejection) -> String {
        switch rejection {
        case .oversized: "rejected: oversized"
        case .malformed: "rejected: malformed"
        case .unknownSender: "rejected: unknown sender"
        case .badSignature: "rejected: bad signature"
        case .senderMismatch: "rejected: sender mismatch"
        case .notAddressedToUs: "rejected: not addressed to us"
        case .tooOld: "rejected: too old"
        case .fromTheFuture: "rejected: from the future"
        case .replayedSequence: "rejected: replayed sequence"
        case .replayedNonce: "rejected: replayed nonce"
        }
    }

    static func status(of rejection: FederationRejection) -> Int {
        switch rejection {
        case .oversized: 413
        case .malformed: 400
        case .unknownSender, .badSignature, .senderMismatch: 401
        case .notAddressedToUs: 421
        case .tooOld, .fromTheFuture: 400
        case .replayedSequence, .replayedNonce: 409
        }
    }

    // MARK: Sending

    /// Sends `peer` what it may see of the records stored since the last acknowledged send, in
    /// batches of at most `batch`. Returns the number of records sent; throws when the peer could not
    /// be reached or refused the message (the cursor then stays, and the next call retries). A
    /// key-only peer (no address) is never sent to.
    @discardableResult
    public func push(to peer: Peer, batch: Int = 500, session: URLSession = .shared) async throws -> Int {
        guard !peer.url.isEmpty else { return 0 }
        var sent = 0
        while true {
            let cursor = try await store.cursor("out:\(peer.organisation)")
            let changes = try await store.recordChanges(after: cursor, limit: batch)
            guard let last = changes.last else { return sent }
            // one version per record in a message: the newest of the batch (receivers refuse repeats)
            var newest: [String: SharedRecord] = [:]
            for change in changes where change.record.version > newest[change.record.id]?.version ?? 0 {
                newest[change.record.id] = change.record
            }
            var seen = Set<String>()
            let latest = changes.reversed().compactMap {
                seen.insert($0.record.id).inserted ? newest[$0.record.id] : nil
            }
            let records = FederationMessage.deliverable(
                latest.reversed().map(signedIfOurs),
                from: organisation,
                to: reader(organisation: peer.organisation)
            )
            if !records.isEmpty {
                // a fresh sequence for every attempt: a retry after a lost answer is not a replay
                let sequence = try await store.cursor("seq:\(peer.organisation)") + 1
                try await store.setCursor("seq:\(peer.organisation)", sequence)
                let message = FederationMessage(
                    sender: organisation,
                    receiver: peer.organisation,
                    sequence: Int(sequence),
                    sent: now(),
                    records: records
                )
                try await post(message.sealed(with: nodeKey), to: peer, session: session)
                await record(
                    actor: "system",
                    action: .federationSend,
                    target: "message:\(peer.organisation)/\(sequence)",
                    outcome: "ok",
                    detail: "\(records.count) records"
                )
                sent += records.count
            }
            try await store.setCursor("out:\(peer.organisation)", last.change)
        }
    }

    /// A version of this node's own, signed now if it was stored before origins signed their records
    /// (the stored version stays as written; receivers refuse unsigned versions).
    private func signedIfOurs(_ record: SharedRecord) -> SharedRecord {
        record.origin == organisation && record.signature == nil ? record.signed(with: nodeKey) : record
    }

    private func post(_ wire: Data, to peer: Peer, session: URLSession) async throws {
        let (status, why) = try await postToPeer(wire, path: "federation/v1/messages", peer: peer, session: session)
        guard status == 200 else {
            await record(
                actor: "system",
                action: .federationSend,
                target: "peer:\(peer.organisation)",
                outcome: "rejected",
                detail: "HTTP \(status): \(why)"
            )
            throw FederationSendError(peer: peer.organisation, status: status, body: why)
        }
    }
}

/// A peer refused or failed a message.
public struct FederationSendError: Error, CustomStringConvertible {
    public var peer: String
    public var status: Int
    public var body: String
    public var description: String { "peer \(peer) answered HTTP \(status): \(body)" }
}
