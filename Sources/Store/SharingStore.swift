import Sharing

/// The durable side of sharing: identities, credentials, labelled records with their versions,
/// the audit log, peers and federation progress.
///
/// Kept apart from ``NodeStore`` so that the audit log and identities never wait behind the ingest
/// writer. Every write is atomic and on disk when it returns.
public protocol SharingStore: Sendable {
    func migrate() async throws

    func saveOrganisation(_ organisation: Organisation) async throws
    func organisations() async throws -> [Organisation]
    func saveGroup(_ group: SharingGroup) async throws
    func groups() async throws -> [SharingGroup]
    func saveUser(_ user: User) async throws
    func users() async throws -> [User]

    func saveToken(_ token: StoredToken) async throws
    func token(digest: String) async throws -> StoredToken?
    /// Revokes every token of `user` when `digest` is nil. Returns how many were revoked.
    func revokeTokens(user: String, digest: String?) async throws -> Int

    /// Appends a record version; returns its change number (increasing across all records).
    /// A version already held (same id and version) is not written again and returns nil.
    func appendRecord(_ record: SharedRecord) async throws -> Int64?
    /// Every record version with a change number above `after`, oldest first, at most `limit`.
    func recordChanges(after: Int64, limit: Int) async throws -> [RecordChange]
    /// Every version of one record, oldest first.
    func recordVersions(id: String) async throws -> [SharedRecord]

    /// Appends one audit line inside a single write transaction: `next` receives the last stored
    /// line (nil for an empty log) and returns the new entry's sequence and its line, stored byte for
    /// byte. Concurrent appends are serialised, so the chain never forks.
    func appendAudit(
        _ next: @escaping @Sendable (_ last: String?) throws -> (sequence: Int64, line: String)
    ) async throws
    /// The audit log in order, as stored.
    func auditLines() async throws -> [String]
    func lastAuditLine() async throws -> String?

    func savePeer(_ peer: Peer) async throws
    func peers() async throws -> [Peer]
    /// A number that grows with every write that changes organisations, groups, users or peers, or
    /// revokes or deletes a token, made by any process on the store (a trigger in the store bumps it
    /// in the writing transaction). A running node polls it to learn that its directory is stale.
    func directoryGeneration() async throws -> Int64
    /// Federation progress under `key` (e.g. `out:gb-mod`, `in:gb-mod`): a change number or a sequence.
    func cursor(_ key: String) async throws -> Int64
    func setCursor(_ key: String, _ value: Int64) async throws

    /// Node-wide settings (the node's organisation, its public key).
    func setting(_ key: String) async throws -> String?
    func setSetting(_ key: String, _ value: String) async throws

    func close() async throws
}

/// One stored version of a record with its local change number.
public struct RecordChange: Sendable, Hashable {
    public var change: Int64
    public var record: SharedRecord

    public init(change: Int64, record: SharedRecord) {
        self.change = change
        self.record = record
    }
}

/// A partner node this node federates with, agreed out of band.
public struct Peer: Sendable, Hashable, Codable {
    /// The peer node's organisation id.
    public var organisation: String
    /// Base URL of the peer's HTTP API, e.g. `https://kizuna.mod.uk:8443`.
    public var url: String
    /// The peer's Ed25519 public key, base64.
    public var publicKey: String

    public init(organisation: String, url: String, publicKey: String) {
        self.organisation = organisation
        self.url = url
        self.publicKey = publicKey
    }
}
