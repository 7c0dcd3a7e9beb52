import Foundation

/// One transfer of records from a node to a partner node, signed by the sender's ``NodeKey``.
///
/// The payload is JSON (RFC 8259, keys sorted) of every field below plus
/// `"format":"kizuna-federation/1"`; the wire form (``sealed(with:)``) carries those exact bytes in
/// base64 beside the Ed25519 signature over them and the fingerprint of the key that made it:
///
///     {"key":"<NodePublicKey.fingerprint>","payload":"<base64>","signature":"<base64>"}
///
/// The receiver checks the signature over the bytes it received before it reads the payload, so
/// no re-encoding or canonical form is involved (``FederationInbox``).
public struct FederationMessage: Sendable, Hashable, Codable {
    /// The sending node's organisation id.
    public var sender: String
    /// The receiving node's organisation id.
    public var receiver: String
    /// Per sender, one more than the last message the sender sent to anyone; the sender persists it
    /// so that it keeps increasing across restarts (the receiver refuses anything not above the
    /// last it accepted).
    public var sequence: Int
    /// When the message was made, seconds since 1970 UTC.
    public var sent: Int64
    /// 128 random bits, 32 lower-case hex digits.
    public var nonce: String
    public var records: [SharedRecord]

    /// A message with a fresh random nonce.
    public init(sender: String, receiver: String, sequence: Int, sent: Int64, records: [SharedRecord]) {
        self.init(
            sender: sender,
            receiver: receiver,
            sequence: sequence,
            sent: sent,
            nonce: Self.newNonce(),
            records: records
        )
    }

    public init(sender: String, receiver: String, sequence: Int, sent: Int64, nonce: String, records: [SharedRecord]) {
        self.sender = sender
        self.receiver = receiver
        self.sequence = sequence
        self.sent = sent
        self.nonce = nonce
        self.records = records
    }

    /// The format word every payload carries; it also separates these signatures from audit
    /// checkpoint signatures made by the same key.
    public static let format = "kizuna-federation/1"

    /// 16 bytes from the system's secure random generator, as hex.
    public static func newNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.string((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// The records that node `sender` may send to the node of `receiver`: those
    /// ``FederationInbox/refusal(of:from:to:)`` would not refuse there (releasability, TLP forwarding,
    /// never a record back to its origin, well-formed).
    public static func deliverable(
        _ records: [SharedRecord],
        from sender: String,
        to receiver: Reader
    ) -> [SharedRecord] {
        records.filter { FederationInbox.refusal(of: $0, from: sender, to: receiver) == nil }
    }

    /// The bytes to send: the signed envelope described on the type.
    /// - Throws: `EncodingError` if a record holds a value JSON cannot carry (a NaN coordinate).
    public func sealed(with key: NodeKey) throws -> Data {
        let payload = try Self.encoder.encode(
            Payload(
                format: Self.format,
                sender: sender,
                receiver: receiver,
                sequence: sequence,
                sent: sent,
                nonce: nonce,
                records: records
            )
        )
        let envelope = Envelope(
            key: key.publicKey.fingerprint,
            payload: payload.base64EncodedString(),
            signature: key.signature(for: payload).base64EncodedString()
        )
        return try Self.encoder.encode(envelope)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// What goes over the wire.
    struct Envelope: Codable {
        var key: String
        var payload: String
        var signature: String
    }

    /// The signed JSON: the message's fields and the format word. The receiver reads each record
    /// on its own (``ReceivedRecord``) so that one unreadable record does not sink the others.
    struct Payload<Record: Codable>: Codable {
        var format: String
        var sender: String
        var receiver: String
        var sequence: Int
        var sent: Int64
        var nonce: String
        var records: [Record]
    }
}
