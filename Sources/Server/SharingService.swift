import Foundation
import Logging
import Sharing
import Store

/// The node's sharing state and the only way the API reaches it: identities, credentials,
/// records, audit. Every read of a record goes through ``ReleasabilityPolicy`` here, so that the
/// list, detail, search, live stream, export and federation cannot disagree.
public actor SharingService {
    public nonisolated let store: any SharingStore
    /// The organisation that runs this node; it owns the node's events and zones.
    public nonisolated let organisation: String
    let logger: Logger
    let now: @Sendable () -> Int64

    var organisations: [String: Organisation] = [:]
    var groups: [String: SharingGroup] = [:]
    var users: [String: User] = [:]
    /// The latest version of every record, by id.
    var records: [String: SharedRecord] = [:]
    var recordOrder: [String] = []
    var throttle = LoginThrottle()
    /// Tokens already looked up, by digest, so that a request costs a hash and no store read.
    /// Revocation through this service drops the entry; a revocation by another process empties the
    /// cache when the directory generation moves (``refreshDirectory()``); expiry is checked on every
    /// use.
    var tokenCache: [String: StoredToken] = [:]
    /// Grows each time the token cache is emptied, so that a token read from the store before that
    /// is not cached after it.
    var tokenCacheEpoch = 0
    /// The store's ``SharingStore/directoryGeneration()`` the directory in memory was read at.
    var directoryGeneration: Int64?
    /// Grows with every change this service makes to organisations, groups, users or peers in
    /// memory, so that a re-read begun before such a change does not overwrite it.
    var directoryEdits = 0
    /// Refused anonymous requests not yet written to the audit log (``RefusalTally``).
    var refusals = RefusalTally()
    static let tokenCacheCapacity = 10_000
    var subscribers: [Int: AsyncStream<SharedRecord>.Continuation] = [:]
    var nextSubscriber = 0
    /// This node's Ed25519 identity: it signs what the node sends its peers.
    public nonisolated let nodeKey: NodeKey
    var peers: [String: Peer] = [:]
    /// Each peer's public key, parsed when the peers are read.
    var peerKeys: [String: NodePublicKey] = [:]
    /// Replay protection per sending peer, persisted as settings `inbox:ORG`.
    var inboxSenders: [String: FederationInbox.SenderState] = [:]

    /// How long a session from a password login lasts, in seconds.
    public static let sessionLifetime: Int64 = 8 * 3600

    public init(
        store: any SharingStore,
        organisation: String,
        nodeKey: NodeKey = .generate(),
        logger: Logger,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.store = store
        self.nodeKey = nodeKey
        self.organisation = organisation
        self.logger = logger
        self.now = now
    }

    /// Reads identities and records into memory. Call once before serving; then call
    /// ``refreshDirectory()`` every second or so to see identity changes made by other processes.
    public func load() async throws {
        try await refreshDirectory()
        var after: Int64 = 0
        while true {
            let changes = try await store.recordChanges(after: after, limit: 5000)
            guard let last = changes.last else { break }
            for change in changes { remember(change.record) }
            after = last.change
        }
    }

    /// The policy's view of an organisation.
    public func reader(organisation id: String) -> Reader {
        let nation = organisations[id]?.nation
        return Reader(
            organisation: id,
            nation: nation,
            groups: Set(groups.values.lazy.filter { $0.members.contains(id) }.map(\.id))
        )
    }

    // MARK: Audit

    /// Appends an entry to the hash-chained audit log. A failure to write it is logged as critical
    /// (the action itself has already happened).
    public func record(actor: String, action: AuditAction, target: String, outcome: String, detail: String = "") async {
        let time = now()
        do {
            try await store.appendAudit { last in
                let entry = AuditEntry(
                    after: try last.map { try AuditEntry(storedLine: $0) },
                    time: time,
                    actor: actor,
                    action: action,
                    target: target,
                    outcome: outcome,
                    detail: detail
                )
                return (Int64(entry.sequence), entry.storedLine)
            }
        } catch {
            logger.critical("audit append failed", metadata: ["error": "\(error)", "action": "\(action)"])
        }
    }

    /// Checks the whole audit log (``AuditChain/verify(_:)``), and against a checkpoint signed by this
    /// node's key when one is given (so that entries cut from the end are found too).
    public func verifyAudit(checkpoint: AuditCheckpoint? = nil) async throws -> AuditChain.Verdict {
        let lines = try await store.auditLines()
        guard let checkpoint else { return AuditChain.verify(lines) }
        return AuditChain.verify(lines, checkpoint: checkpoint, publicKey: nodeKey.publicKey)
    }

    // MARK: Records in memory

    func remember(_ record: SharedRecord) {
        if let held = records[record.id] {
            guard record.version > held.version else { return }
        } else {
            recordOrder.append(record.id)
        }
        records[record.id] = record
    }

    func publish(_ record: SharedRecord) {
        for continuation in subscribers.values { continuation.yield(record) }
    }

    /// Every record version stored or received from now on (unfiltered: the caller filters with the
    /// policy per client).
    public func subscribe() -> AsyncStream<SharedRecord> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: SharedRecord.self,
            bufferingPolicy: .bufferingNewest(256)
        )
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    private func unsubscribe(_ id: Int) { subscribers[id] = nil }

    public func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }
}
