import Foundation

/// A head of the audit chain (its last sequence and hash) signed with the node's Ed25519 key, kept
/// apart from the log (another file, another machine, a partner). A log that has lost entries from
/// its end no longer holds the head a checkpoint vouches for; ``AuditChain`` reports that.
///
/// Signed bytes: the canonical JSON (RFC 8785)
/// `{"hash":"…","sequence":N,"time":T,"type":"kizuna-audit-checkpoint/1"}`. The `type` member
/// keeps a checkpoint signature from ever being taken for a federation message's.
/// Text form (one line, for storage): `kizuna-audit-checkpoint/1 SEQUENCE HASH TIME SIGNATURE`
/// with the signature in base64.
public struct AuditCheckpoint: Sendable, Hashable, CustomStringConvertible {
    public var head: AuditChain.Head
    /// When it was signed, seconds since 1970 UTC.
    public var time: Int64
    /// Ed25519 signature over ``signedBytes``, 64 bytes.
    public var signature: Data

    static let type = "kizuna-audit-checkpoint/1"

    /// Signs `head` with the node's key.
    public init(head: AuditChain.Head, time: Int64, key: NodeKey) {
        self.head = head
        self.time = time
        self.signature = Data()
        self.signature = key.signature(for: signedBytes)
    }

    /// Reads the text form.
    /// - Throws: ``AuditEntryFormatError`` naming the part that is wrong.
    public init(text: String) throws(AuditEntryFormatError) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == Self.type else {
            throw AuditEntryFormatError("a checkpoint is \"\(Self.type) SEQUENCE HASH TIME SIGNATURE\"")
        }
        guard let sequence = Int(parts[1]), sequence >= 1 else {
            throw AuditEntryFormatError("checkpoint sequence \"\(parts[1])\" is not a positive integer")
        }
        guard Hex.isLowercase(parts[2], count: 64) else {
            throw AuditEntryFormatError("checkpoint hash is not 64 lower-case hex digits")
        }
        guard let time = Int64(parts[3]) else { throw AuditEntryFormatError("checkpoint time is not an integer") }
        guard let signature = Data(base64Encoded: String(parts[4].trimmingCharacters(in: .newlines))),
            signature.count == 64
        else { throw AuditEntryFormatError("checkpoint signature is not base64 of 64 bytes") }
        self.head = AuditChain.Head(sequence: sequence, hash: String(parts[2]))
        self.time = time
        self.signature = signature
    }

    /// The one-line text form.
    public var description: String {
        "\(Self.type) \(head.sequence) \(head.hash) \(time) \(signature.base64EncodedString())"
    }

    /// The bytes the signature covers.
    var signedBytes: [UInt8] {
        Array(
            CanonicalJSON.object([
                "hash": CanonicalJSON.quoted(head.hash),
                "sequence": String(head.sequence),
                "time": String(time),
                "type": CanonicalJSON.quoted(Self.type),
            ]).utf8
        )
    }

    /// Whether the signature is the node's over this head and time.
    public func isValid(for key: NodePublicKey) -> Bool { key.isValidSignature(signature, for: signedBytes) }
}
