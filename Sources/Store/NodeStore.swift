import Foundation
import Sharing

/// Everything the ingest pipeline writes in one transaction.
public struct IngestBatch: Sendable, Hashable {
    /// Partial vessel updates, merged into what is held (see ``StoredVessel/merge(_:)``).
    public var vessels: [StoredVessel]
    /// History points; a point already held (same MMSI and time) is kept once.
    public var positions: [StoredPosition]
    /// New or updated events, replacing any held version with the same id.
    public var events: [StoredEvent]
    /// Ids of events the detectors withdrew: deleted after `events` are written.
    public var withdrawnEvents: [String]

    public init(
        vessels: [StoredVessel] = [],
        positions: [StoredPosition] = [],
        events: [StoredEvent] = [],
        withdrawnEvents: [String] = []
    ) {
        self.vessels = vessels
        self.positions = positions
        self.events = events
        self.withdrawnEvents = withdrawnEvents
    }

    public var isEmpty: Bool { vessels.isEmpty && positions.isEmpty && events.isEmpty && withdrawnEvents.isEmpty }
}

/// The node's durable store: vessels, position history, events and zones.
///
/// Every implementation runs the same tests (`Tests/StoreTests`). ``write(_:)`` is atomic: when it
/// returns, the whole batch is committed (and, for SQLite and PostgreSQL, on disk); when it throws,
/// none of it is.
public protocol NodeStore: Sendable {
    /// Creates or upgrades the schema. Safe to call on every start.
    func migrate() async throws
    /// Gives every event and zone stored without labels (rows from before labels existed) these
    /// labels, the node's picture labels; returns how many rows changed. Called at every start
    /// after ``migrate()``; rows that already have labels keep them.
    func adoptUnlabelled(_ labels: Labels) async throws -> Int
    /// Commits a batch atomically.
    func write(_ batch: IngestBatch) async throws
    func vessels(_ query: VesselQuery) async throws -> [StoredVessel]
    func vessel(mmsi: UInt32) async throws -> StoredVessel?
    /// Track points of one vessel with `from <= time <= to`, oldest first, at most `limit`.
    func track(mmsi: UInt32, from: Int64, to: Int64, limit: Int) async throws -> [StoredPosition]
    /// Where each vessel was at `time`: its latest history point in `[time - window, time]`, inside
    /// `box` when given, ordered by MMSI. For looking back with the time slider.
    func positions(at time: Int64, window: Int64, box: BoundingBox?) async throws -> [StoredPosition]
    /// Events overlapping the query's window, newest start first (then id descending).
    func events(_ query: EventQuery) async throws -> [StoredEvent]
    func event(id: String) async throws -> StoredEvent?
    /// Every label set a stored event carries, once each (perhaps also sets whose events were since
    /// pruned or withdrawn): what ``EventQuery/labelKeys`` chooses among.
    func eventLabels() async throws -> [EventLabelSet]
    func zones() async throws -> [StoredZone]
    /// Creates or replaces a zone (keeping its `created` time; name, kind, geometry and labels are
    /// replaced).
    func saveZone(_ zone: StoredZone) async throws
    /// Deletes a zone; false when there was none with that id.
    func deleteZone(id: String) async throws -> Bool
    /// Removes history points older than the retention and closed events that ended before it.
    /// Returns the number of rows removed.
    func prune(retentionMilliseconds: Int64) async throws -> Int
    func counts() async throws -> StoreCounts
    /// Releases connections. The store is unusable afterwards.
    func close() async throws
}

/// The store's notion of now, injected so that retention can be tested.
public struct StoreClock: Sendable {
    private let read: @Sendable () -> Int64

    public init(_ read: @escaping @Sendable () -> Int64) { self.read = read }

    /// Milliseconds since 1970 UTC.
    public func now() -> Int64 { read() }

    /// The system's wall clock.
    public static let system = StoreClock { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }

    /// A clock that always reads `milliseconds`.
    public static func fixed(_ milliseconds: Int64) -> StoreClock { StoreClock { milliseconds } }
}

/// How much position history to keep: at most one point per vessel every `resolution`, for
/// `retention`. Both in milliseconds.
public struct HistoryPolicy: Sendable, Hashable {
    public var resolutionMilliseconds: Int64
    public var retentionMilliseconds: Int64

    public init(resolutionMilliseconds: Int64 = 10_000, retentionMilliseconds: Int64 = 30 * 86_400_000) {
        self.resolutionMilliseconds = resolutionMilliseconds
        self.retentionMilliseconds = retentionMilliseconds
    }
}

/// Thins a stream of positions to the policy's resolution, one vessel at a time.
public struct HistoryThinner: Sendable {
    public let policy: HistoryPolicy
    private var lastKept: [UInt32: Int64] = [:]

    public init(policy: HistoryPolicy) { self.policy = policy }

    /// True when `position` is at least one resolution step after the last point kept for its vessel
    /// (or older than it, which happens when a feed replays).
    public mutating func keep(_ position: StoredPosition) -> Bool {
        if let last = lastKept[position.mmsi], position.time >= last,
            position.time - last < policy.resolutionMilliseconds
        {
            return false
        }
        lastKept[position.mmsi] = position.time
        return true
    }
}
