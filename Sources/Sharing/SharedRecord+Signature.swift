import Foundation

/// Records signed by their origin node, so that a relay cannot change what it passes on.
///
/// The origin signs each version with its ``NodeKey`` (Ed25519, RFC 8032) over ``signedBytes``:
/// the RFC 8785 canonical JSON of every field of the version except the signature itself, plus
/// `"format":"kizuna-record/1"`, which keeps these signatures apart from the node's signatures on
/// federation messages and audit checkpoints. Relays pass the signature on unchanged; a receiver
/// checks it with the origin's public key from its peer list (``FederationInbox``).
extension SharedRecord {
    /// The format word inside every signed record.
    public static let signatureFormat = "kizuna-record/1"

    /// The exact bytes the origin signs: keys sorted, no whitespace, absent optionals left out.
    public var signedBytes: Data {
        let q = CanonicalJSON.quoted
        var labelMembers: [(key: String, value: String)] = [
            ("owner", q(labels.owner)), ("tlp", q(labels.tlp.rawValue)),
            ("releasableTo", CanonicalJSON.array(labels.releasableTo.map(q))),
        ]
        if let classification = labels.classification { labelMembers.append(("classification", q(classification))) }
        var members: [(key: String, value: String)] = [
            ("format", q(Self.signatureFormat)), ("id", q(id)), ("version", String(version)),
            ("kind", q(kind.rawValue)), ("title", q(title)), ("body", q(body)), ("time", String(time)),
            ("vessels", CanonicalJSON.array(vessels.map { String($0) })),
            ("events", CanonicalJSON.array(events.map(q))), ("labels", CanonicalJSON.object(sorting: labelMembers)),
            ("origin", q(origin)), ("author", q(author)), ("updated", String(updated)),
        ]
        if let latitude { members.append(("latitude", CanonicalJSON.number(latitude))) }
        if let longitude { members.append(("longitude", CanonicalJSON.number(longitude))) }
        if let deleted { members.append(("deleted", deleted ? "true" : "false")) }
        return Data(CanonicalJSON.object(sorting: members).utf8)
    }

    /// This version with ``signature`` made by `key` (the origin node's).
    public func signed(with key: NodeKey) -> SharedRecord {
        var copy = self
        copy.signature = key.signature(for: signedBytes).base64EncodedString()
        return copy
    }

    /// Whether ``signature`` is present and valid for `key` over ``signedBytes``.
    public func isSigned(by key: NodePublicKey) -> Bool {
        guard let text = signature, let raw = Data(base64Encoded: text) else { return false }
        return key.isValidSignature(raw, for: signedBytes)
    }

    /// The tombstone that deletes this record: the next version, keeping the id, kind, labels and
    /// origin, written by `author` at `time` (seconds since 1970 UTC, also its ``time``), with no
    /// title, body, position, vessel or event links. Unsigned; the origin signs it.
    public func tombstone(by author: String, at time: Int64) -> SharedRecord {
        SharedRecord(
            id: id,
            version: version + 1,
            kind: kind,
            title: "",
            body: "",
            time: time,
            labels: labels,
            origin: origin,
            author: author,
            updated: time,
            deleted: true
        )
    }
}
