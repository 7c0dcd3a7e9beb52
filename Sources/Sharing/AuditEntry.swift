import Crypto
import Foundation

/// One entry of the node's append-only audit log (issue 5): who did what to which thing, when, and
/// with what outcome, chained to the entry before it by SHA-256 (FIPS 180-4).
///
/// The entry's ``encoded`` text is the canonical JSON (RFC 8785) of every field but the hash,
/// members in this order (sorted by key), no whitespace:
///
///     {"action":…,"actor":…,"detail":…,"outcome":…,"previous":…,"sequence":N,"target":…,"time":T}
///
/// and ``hash`` is the SHA-256 of those UTF-8 bytes, as 64 lower-case hex digits. The first entry's
/// `previous` is 64 zeros (``AuditEntry/genesisHash``). The store keeps ``storedLine``: the hash,
/// one space, the encoded text. ``AuditChain/verify(_:)`` reads those lines back.
public struct AuditEntry: Sendable, Hashable {
    /// 1 for the first entry, then one more for each entry.
    public let sequence: Int
    /// When it happened, seconds since 1970 UTC.
    public let time: Int64
    /// Who: `user:NAME@ORG`, `peer:ORG`, `token:ID` or `system`.
    public let actor: String
    public let action: AuditAction
    /// What it was done to, e.g. `record:UUID`, `user:NAME`, `message:ORG/SEQUENCE`.
    public let target: String
    /// `ok`, `denied`, `rejected` or another short word.
    public let outcome: String
    /// Free text: why it was refused, what changed.
    public let detail: String
    /// The ``hash`` of the entry before, or ``genesisHash`` for the first.
    public let previousHash: String
    /// SHA-256 of ``encoded``, 64 lower-case hex digits.
    public private(set) var hash: String

    /// The `previous` of the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The entry that follows `last` (or the first entry when `last` is nil).
    public init(
        after last: AuditEntry?,
        time: Int64,
        actor: String,
        action: AuditAction,
        target: String,
        outcome: String = "ok",
        detail: String = ""
    ) {
        self.sequence = (last?.sequence ?? 0) + 1
        self.time = time
        self.actor = actor
        self.action = action
        self.target = target
        self.outcome = outcome
        self.detail = detail
        self.previousHash = last?.hash ?? Self.genesisHash
        self.hash = ""
        self.hash = Self.digest(encoded)
    }

    /// The canonical text the hash is taken over (see the type's documentation).
    public var encoded: String {
        CanonicalJSON.object([
            "action": CanonicalJSON.quoted(action.rawValue),
            "actor": CanonicalJSON.quoted(actor),
            "detail": CanonicalJSON.quoted(detail),
            "outcome": CanonicalJSON.quoted(outcome),
            "previous": CanonicalJSON.quoted(previousHash),
            "sequence": String(sequence),
            "target": CanonicalJSON.quoted(target),
            "time": String(time),
        ])
    }

    /// What the store keeps, one line: the hash, a space, ``encoded``.
    public var storedLine: String { hash + " " + encoded }

    static func digest(_ text: String) -> String { Hex.string(SHA256.hash(data: Array(text.utf8))) }

    /// Reads the fields of an encoded entry and checks that the text is exactly their canonical
    /// encoding. The hash is taken from `hash` as given; ``AuditChain`` compares it.
    /// - Throws: a sentence saying what is wrong with the text.
    init(encoded: String, hash: String) throws(AuditEntryFormatError) {
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: Data(encoded.utf8))
        } catch {
            throw AuditEntryFormatError("not an audit entry: \(Self.describe(error))")
        }
        guard fields.sequence >= 1 else { throw AuditEntryFormatError("sequence \(fields.sequence) is not positive") }
        guard Hex.isLowercase(fields.previous, count: 64) else {
            throw AuditEntryFormatError("previous hash is not 64 lower-case hex digits")
        }
        self.sequence = fields.sequence
        self.time = fields.time
        self.actor = fields.actor
        self.action = AuditAction(rawValue: fields.action)
        self.target = fields.target
        self.outcome = fields.outcome
        self.detail = fields.detail
        self.previousHash = fields.previous
        self.hash = hash
        guard self.encoded.utf8.elementsEqual(encoded.utf8) else {
            throw AuditEntryFormatError("not in canonical form (key order, spacing, escapes or numbers differ)")
        }
    }

    private struct Fields: Decodable {
        var action, actor, detail, outcome, previous, target: String
        var sequence: Int
        var time: Int64
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "not JSON" }
        return switch decoding {
        case .keyNotFound(let key, _): "no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.isEmpty
                ? "not JSON" : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        default: "not JSON"
        }
    }
}

/// What an audit entry records, e.g. `login_failed` or `federation_rejected`. Open-ended: any
/// lower-case word may be used; the common ones are named here.
public struct AuditAction: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let login: Self = "login"
    public static let loginFailed: Self = "login_failed"
    /// An `/api/v1` request without a valid token or session (written as one entry per source and
    /// reason per minute, with a count: ``RefusalTally``).
    public static let authenticationFailed: Self = "authentication_failed"
    public static let logout: Self = "logout"
    public static let authorizationFailed: Self = "authorization_failed"
    /// A request refused for what it carried (a malformed body, a bad label, a deleted target).
    public static let rejected: Self = "rejected"
    public static let create: Self = "create"
    public static let update: Self = "update"
    public static let delete: Self = "delete"
    public static let federationSend: Self = "federation_send"
    public static let federationReceive: Self = "federation_receive"
    public static let federationRejected: Self = "federation_rejected"
    public static let checkpoint: Self = "checkpoint"
}

/// An audit entry's text that is not a canonical entry, saying why.
public struct AuditEntryFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
