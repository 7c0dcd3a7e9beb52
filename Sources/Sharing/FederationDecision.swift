/// What ``FederationInbox/receive(_:now:)`` decided about one message.
public enum FederationDecision: Sendable, Hashable {
    /// The message is authentic, fresh and for us; `Delivery` holds the records to keep and those
    /// refused one by one. Store the records, then call ``FederationInbox/accepted(_:now:)``.
    case accepted(FederationDelivery)
    /// The whole message is refused; nothing in it may be kept.
    case rejected(FederationRejection)
}

/// An accepted message: who sent it, and its records sorted into kept and refused.
public struct FederationDelivery: Sendable, Hashable {
    public var sender: String
    public var sequence: Int
    public var sent: Int64
    public var nonce: String
    /// Records that passed every check, in message order.
    public var records: [SharedRecord]
    /// Records refused one by one (the rest of the message still counts).
    public var refused: [RefusedRecord]

    /// Decides, for each kept record, what the store should do given the records it holds now
    /// (by id; pass those with the ids in ``records``).
    public func plan(held: [String: SharedRecord]) -> [(record: SharedRecord, action: RecordMerge)] {
        records.map { ($0, RecordMerge(incoming: $0, held: held[$0.id])) }
    }
}

/// A record refused from an otherwise accepted message.
public struct RefusedRecord: Sendable, Hashable, CustomStringConvertible {
    /// The record's id as the message gave it.
    public var id: String
    public var reason: RecordRejection

    public init(id: String, reason: RecordRejection) {
        self.id = id
        self.reason = reason
    }

    public var description: String { "record \(id): \(reason)" }
}

/// Why a whole message was refused. Each case says enough to write the audit entry.
public enum FederationRejection: Error, Sendable, Hashable, CustomStringConvertible {
    /// Larger than ``FederationInbox/maximumBytes``.
    case oversized(bytes: Int, limit: Int)
    /// Not a signed envelope, or a payload that is not a message; says what is wrong.
    case malformed(String)
    /// Signed with a key that belongs to no peer.
    case unknownSender(keyFingerprint: String)
    /// The signature does not verify with the key of the peer it names.
    case badSignature(peer: String)
    /// Signed by one peer's key but claiming to come from another organisation.
    case senderMismatch(signedBy: String, claimed: String)
    /// Addressed to another organisation.
    case notAddressedToUs(receiver: String)
    /// Sent more than the window before now: seconds since 1970 UTC.
    case tooOld(sent: Int64, now: Int64, window: Int64)
    /// Sent more than the window after now (the sender's clock or a forged time).
    case fromTheFuture(sent: Int64, now: Int64, window: Int64)
    /// A sequence number not above the last accepted from that sender: a replay.
    case replayedSequence(sender: String, sequence: Int, lastAccepted: Int)
    /// A nonce already seen from that sender within the window: a replay.
    case replayedNonce(sender: String, nonce: String)

    public var description: String {
        switch self {
        case .oversized(let bytes, let limit): "message of \(bytes) bytes exceeds the limit of \(limit)"
        case .malformed(let why): "malformed message: \(why)"
        case .unknownSender(let fingerprint): "signed with key \(fingerprint), which belongs to no peer"
        case .badSignature(let peer): "signature does not verify with the key of peer \(peer)"
        case .senderMismatch(let signer, let claimed): "signed by \(signer) but claims to come from \(claimed)"
        case .notAddressedToUs(let receiver): "addressed to \(receiver), not to this node"
        case .tooOld(let sent, let now, let window): "sent at \(sent), more than \(window) s before now (\(now))"
        case .fromTheFuture(let sent, let now, let window): "sent at \(sent), more than \(window) s after now (\(now))"
        case .replayedSequence(let sender, let sequence, let last):
            "replay: sequence \(sequence) from \(sender) is not above the last accepted, \(last)"
        case .replayedNonce(let sender, let nonce): "replay: nonce \(nonce) from \(sender) was already seen"
        }
    }
}

/// Why one record of an accepted message was refused.
public enum RecordRejection: Sendable, Hashable, CustomStringConvertible {
    /// The labels fail ``Labels/validate()``.
    case malformedLabels(String)
    /// A field of the record has no valid value; says which.
    case malformedRecord(String)
    /// The labels do not release the record to the receiving organisation.
    case notReleasableToUs
    /// The sender forwards a record of another origin that it may not pass on
    /// (``ReleasabilityPolicy/mayForward(_:to:fromOwner:)``).
    case forwardingNotAllowed(origin: String, tlp: TrafficLightProtocol)
    /// The record claims this node as its origin: only this node writes its versions.
    case ourOwnRecord
    /// The same id appears earlier in the message.
    case duplicateInMessage
    /// The record's origin is no peer of this node, not even a key-only one: its signature cannot
    /// be checked.
    case unknownOrigin(String)
    /// The record carries no signature of its origin, or one that does not verify: a relay (or
    /// anyone on the way) changed it, or the origin never signed it.
    case badOriginSignature(origin: String)

    public var description: String {
        switch self {
        case .malformedLabels(let why): "malformed labels: \(why)"
        case .malformedRecord(let why): "malformed record: \(why)"
        case .notReleasableToUs: "its labels do not release it to the receiving organisation"
        case .forwardingNotAllowed(let origin, let tlp):
            "the sender may not forward a \(tlp.label) record of origin \(origin) to the receiving organisation"
        case .ourOwnRecord: "it claims the receiving node as its origin"
        case .duplicateInMessage: "its id appears earlier in the message"
        case .unknownOrigin(let origin):
            "its origin \(origin) is not a peer here, so its signature cannot be checked (add its key: kizuna peers add \(origin) --key KEY)"
        case .badOriginSignature(let origin):
            "its signature by origin \(origin) is missing or does not verify: it was changed after the origin wrote it"
        }
    }
}

/// What to do with a received record given the one held under the same id: the origin's higher
/// version wins; receiving the same message twice changes nothing.
public enum RecordMerge: Sendable, Hashable {
    /// Nothing held under this id: keep it.
    case insert
    /// A lower version is held: replace it.
    case replace(heldVersion: Int)
    /// The same or a higher version is held: keep what is held.
    case ignore(heldVersion: Int)
    /// The held record has another origin: a different record claims the same id. Keep what is held
    /// and report it.
    case conflict(heldOrigin: String)

    public init(incoming: SharedRecord, held: SharedRecord?) {
        guard let held else {
            self = .insert
            return
        }
        if held.origin != incoming.origin {
            self = .conflict(heldOrigin: held.origin)
        } else if incoming.version > held.version {
            self = .replace(heldVersion: held.version)
        } else {
            self = .ignore(heldVersion: held.version)
        }
    }
}
