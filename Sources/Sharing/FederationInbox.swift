import Foundation

/// The receiving side of federation as a value with no I/O: it decides whether a signed message
/// (``FederationMessage/sealed(with:)``) is accepted, and which of its records may be kept.
///
/// Checks, in order, each refusing the whole message (``FederationRejection``): size; envelope form;
/// the signing key belongs to a peer; the Ed25519 signature over the exact payload bytes; payload
/// form; the payload's sender is the peer whose key signed; the receiver is this organisation; `sent`
/// within ``window`` of now; the sequence above the last accepted from that sender; the nonce not seen
/// from that sender within the window. Then each record (``RecordRejection``): form and labels
/// valid; released to this organisation by ``ReleasabilityPolicy/canRead(_:_:)``; not claiming this
/// node as origin; and, when its origin is not the sender, forwardable by the sender under
/// ``ReleasabilityPolicy/mayForward(_:to:fromOwner:)``; and signed by its origin's key from
/// ``origins`` (``SharedRecord/isSigned(by:)``), so that a relay cannot widen labels or change text.
///
/// State (the last sequence and recent nonces per sender) advances only in ``accepted(_:now:)``,
/// which the caller invokes once the records are stored: a crash in between makes the sender's
/// retry acceptable again, and storing is idempotent (``RecordMerge``). Persist ``senders`` to keep
/// replay protection across restarts.
public struct FederationInbox: Sendable {
    /// Organisation id → that peer node's public key.
    public var peers: [String: NodePublicKey]
    /// Organisation id → public key of every node whose records may be kept: the peers and key-only
    /// peers (origins reached only through a relay). Each record must carry a valid signature by the
    /// key of its origin.
    public var origins: [String: NodePublicKey]
    /// The receiving node's organisation, as the policy sees it.
    public var reader: Reader
    /// How far `sent` may be from now, either way, in seconds.
    public var window: Int64
    /// Largest message accepted, in bytes of the wire form.
    public var maximumBytes: Int
    /// Replay state per sender organisation id.
    public private(set) var senders: [String: SenderState]

    /// What the inbox remembers of one sender.
    public struct SenderState: Sendable, Hashable, Codable {
        /// The highest sequence accepted from the sender.
        public var lastSequence: Int
        /// Nonces accepted within the window, with the `sent` time of their message.
        public var nonces: [String: Int64]

        public init(lastSequence: Int = 0, nonces: [String: Int64] = [:]) {
            self.lastSequence = lastSequence
            self.nonces = nonces
        }
    }

    public init(
        peers: [String: NodePublicKey],
        reader: Reader,
        origins: [String: NodePublicKey]? = nil,
        senders: [String: SenderState] = [:],
        window: Int64 = 300,
        maximumBytes: Int = 16 << 20
    ) {
        self.peers = peers
        self.origins = origins ?? peers
        self.reader = reader
        self.senders = senders
        self.window = window
        self.maximumBytes = maximumBytes
    }

    /// Decides about one received message; `now` is seconds since 1970 UTC.
    public func receive(_ wire: some DataProtocol, now: Int64) -> FederationDecision {
        switch open(Data(wire), now: now) {
        case .failure(let rejection): .rejected(rejection)
        case .success(let payload): .accepted(sort(payload))
        }
    }

    /// Records that a delivery was stored: its sequence becomes the sender's last, its nonce is
    /// remembered, and nonces older than the window are forgotten.
    public mutating func accepted(_ delivery: FederationDelivery, now: Int64) {
        var state = senders[delivery.sender] ?? SenderState()
        state.lastSequence = max(state.lastSequence, delivery.sequence)
        state.nonces[delivery.nonce] = delivery.sent
        state.nonces = state.nonces.filter { $0.value >= now - window }
        senders[delivery.sender] = state
    }

    private func open(
        _ wire: Data,
        now: Int64
    ) -> Result<FederationMessage.Payload<ReceivedRecord>, FederationRejection> {
        guard wire.count <= maximumBytes else { return .failure(.oversized(bytes: wire.count, limit: maximumBytes)) }
        guard let envelope = try? JSONDecoder().decode(FederationMessage.Envelope.self, from: wire) else {
            return .failure(.malformed("not a signed envelope {\"key\", \"payload\", \"signature\"}"))
        }
        guard let signer = peers.first(where: { $0.value.fingerprint == envelope.key }) else {
            return .failure(.unknownSender(keyFingerprint: String(envelope.key.prefix(64))))
        }
        let (peer, key) = (signer.key, signer.value)
        guard let payload = Data(base64Encoded: envelope.payload),
            let signature = Data(base64Encoded: envelope.signature)
        else { return .failure(.malformed("payload or signature is not base64")) }
        guard key.isValidSignature(signature, for: payload) else { return .failure(.badSignature(peer: peer)) }
        let message: FederationMessage.Payload<ReceivedRecord>
        do {
            let decoded = try JSONDecoder().decode(FederationMessage.Payload<ReceivedRecord>.self, from: payload)
            guard decoded.format == FederationMessage.format else {
                return .failure(
                    .malformed("format \"\(decoded.format.prefix(40))\" is not \(FederationMessage.format)")
                )
            }
            message = decoded
        } catch {
            return .failure(.malformed("payload is not a message: \(error)"))
        }
        guard message.sender == peer else { return .failure(.senderMismatch(signedBy: peer, claimed: message.sender)) }
        guard message.receiver == reader.organisation else {
            return .failure(.notAddressedToUs(receiver: message.receiver))
        }
        guard Hex.isLowercase(message.nonce, count: 32) else {
            return .failure(.malformed("nonce is not 32 lower-case hex digits"))
        }
        if message.sent < now - window { return .failure(.tooOld(sent: message.sent, now: now, window: window)) }
        if message.sent > now + window { return .failure(.fromTheFuture(sent: message.sent, now: now, window: window)) }
        let state = senders[peer] ?? SenderState()
        guard message.sequence > state.lastSequence else {
            return .failure(
                .replayedSequence(sender: peer, sequence: message.sequence, lastAccepted: state.lastSequence)
            )
        }
        guard state.nonces[message.nonce] == nil else {
            return .failure(.replayedNonce(sender: peer, nonce: message.nonce))
        }
        return .success(message)
    }

    private func sort(_ message: FederationMessage.Payload<ReceivedRecord>) -> FederationDelivery {
        var kept: [SharedRecord] = []
        var refused: [RefusedRecord] = []
        var seen: Set<String> = []
        for received in message.records {
            let record: SharedRecord
            switch received {
            case .unreadable(let id, let reason):
                refused.append(RefusedRecord(id: id, reason: reason))
                continue
            case .readable(let readable): record = readable
            }
            let duplicate: RecordRejection? = seen.contains(record.id) ? .duplicateInMessage : nil
            if let reason = Self.refusal(of: record, from: message.sender, to: reader) ?? duplicate
                ?? originRefusal(of: record)
            {
                refused.append(RefusedRecord(id: String(record.id.prefix(64)), reason: reason))
            } else {
                kept.append(record)
            }
            seen.insert(record.id)
        }
        return FederationDelivery(
            sender: message.sender,
            sequence: message.sequence,
            sent: message.sent,
            nonce: message.nonce,
            records: kept,
            refused: refused
        )
    }

    /// Why `record` is not proven to come from its origin unchanged, or nil when it is.
    func originRefusal(of record: SharedRecord) -> RecordRejection? {
        guard let key = origins[record.origin] else { return .unknownOrigin(record.origin) }
        return record.isSigned(by: key) ? nil : .badOriginSignature(origin: record.origin)
    }

    /// Why `record` may not travel from node `sender` to `reader`'s node, or nil when it may. The
    /// sending side asks the same question (``FederationMessage/deliverable(_:from:to:)``).
    public static func refusal(of record: SharedRecord, from sender: String, to reader: Reader) -> RecordRejection? {
        if let why = record.formProblem { return .malformedRecord(why) }
        do { try record.labels.validate() } catch {
            if case .malformedLabels(let why) = error { return .malformedLabels(why) }
            return .malformedLabels(error.description)
        }
        guard ReleasabilityPolicy.canRead(reader, record.labels) else { return .notReleasableToUs }
        guard record.origin != reader.organisation else { return .ourOwnRecord }
        if record.origin != sender {
            let fromOwner = record.labels.owner == sender
            guard ReleasabilityPolicy.mayForward(record.labels, to: reader, fromOwner: fromOwner) else {
                return .forwardingNotAllowed(origin: record.origin, tlp: record.labels.tlp)
            }
        }
        return nil
    }
}
