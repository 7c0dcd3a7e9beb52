import Foundation
import Logging
import Sharing
import Store

/// The node's sharing state and the only way the API reaches it: identities, credentials,
/// records, audit. Every read of a record goes through ``ReleasabilityPolicy`` here, so that the
/// list, detail, search, live stream, export and federation cannot disagree.
public actor SharingService {
    public let store: any SharingStore
    /// The organisation that runs this node; it owns the node's events and zones.
    public let organisation: String
    let logger: Logger
    let now: @Sendable () -> Int64

    var organisations: [String: Organisation] = [:]
    var groups: [String: SharingGroup] = [:]
    var users: [String: User] = [:]
    /// The latest version of every record, by id.
    var records: [String: SharedRecord] = [:]
    var recordOrder: [String] = []
    var throttle = LoginThrottle()
    var subscribers: [Int: AsyncStream<SharedRecord>.Continuation] = [:]
    var nextSubscriber = 0

    /// How long a session from a password login lasts, in seconds.
    public static let sessionLifetime: Int64 = 8 * 3600

    public init(
        store: any SharingStore,
        organisation: String,
        logger: Logger,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.store = store
        self.organisation = organisation
        self.logger = logger
        self.now = now
    }

    /// Reads identities and records into memory. Call once before serving.
    public func load() async throws {
        organisations = Dictionary(uniqueKeysWithValues: try await store.organisations().map { ($0.id, $0) })
        groups = Dictionary(uniqueKeysWithValues: try await store.groups().map { ($0.id, $0) })
        users = Dictionary(uniqueKeysWithValues: try await store.users().map { ($0.name, $0) })
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

    /// Appends an entry to the hash-chained audit log.
    public func record(actor: String, action: String, target: String, outcome: String) async {
        do {
            let time = now()
            try await store.appendAudit { last in
                let entry = try AuditEntry.next(
                    after: last.map { try AuditEntry(decoding: $0) },
                    time: time,
                    actor: actor,
                    action: action,
                    target: target,
                    outcome: outcome
                )
                return (entry.sequence, entry.encoded)
            }
        } catch {
            logger.critical("audit append failed", metadata: ["error": "\(error)", "action": "\(action)"])
        }
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
