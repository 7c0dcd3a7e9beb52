import Geo
import Logging
import ServiceLifecycle
import Sharing
import Store

/// Drains the ingest queue into the store, one transaction per batch, then publishes what it
/// committed on the live stream.
///
/// Whatever is waiting when a batch commits goes into the next batch, so a slow store makes batches
/// bigger, not the queue longer. A failed write is retried (with growing pauses) until it succeeds or
/// the node is killed: an accepted message is never dropped. At graceful shutdown the queue refuses new
/// messages and the writer commits everything it holds before it returns.
public struct IngestWriter: Service {
    let queue: IngestQueue<ObservedReport>
    let store: any NodeStore
    let live: LiveFeed
    let zones: ZoneBook
    let vessels: VesselIndex
    let metrics: NodeMetrics
    let policy: HistoryPolicy
    let pictureLabels: Labels
    let maximumBatch: Int
    let coastline: CoastlineIndex?
    let logger: Logger

    public init(
        queue: IngestQueue<ObservedReport>,
        store: any NodeStore,
        live: LiveFeed,
        zones: ZoneBook,
        vessels: VesselIndex,
        metrics: NodeMetrics,
        policy: HistoryPolicy,
        pictureLabels: Labels,
        maximumBatch: Int = 2000,
        coastline: CoastlineIndex? = nil,
        logger: Logger
    ) {
        self.coastline = coastline
        self.queue = queue
        self.store = store
        self.live = live
        self.zones = zones
        self.vessels = vessels
        self.metrics = metrics
        self.policy = policy
        self.pictureLabels = pictureLabels
        self.maximumBatch = maximumBatch
        self.logger = logger
    }

    public func run() async throws {
        let queue = self.queue
        // Either way of stopping makes the queue refuse new messages; the writer still commits what
        // it holds before it returns.
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await drain()
            } onGracefulShutdown: {
                Task { await queue.finish() }
            }
        } onCancel: {
            Task { await queue.finish() }
        }
    }

    private func drain() async throws {
        var thinner = HistoryThinner(policy: policy)
        var detectors = PictureDetectors(zones: [], coastline: coastline, pictureLabels: pictureLabels)
        var zoneVersion = -1
        var lastPrune = ContinuousClock.now
        try await retrying("loading vessels") { try await vessels.loadIfNeeded(from: store) }
        while true {
            let reports = await queue.next(maximum: maximumBatch)
            if reports.isEmpty { break }
            metrics.queueDepth.set(Double(await queue.count))
            let (version, current) = await zones.snapshot()
            if version != zoneVersion {
                detectors.setZones(current)
                zoneVersion = version
            }
            var merged: [UInt32: StoredVessel] = [:]
            var order: [UInt32] = []
            var batch = IngestBatch()
            for report in reports {
                if merged[report.vessel.mmsi] == nil {
                    order.append(report.vessel.mmsi)
                    merged[report.vessel.mmsi] = report.vessel
                } else {
                    merged[report.vessel.mmsi]!.merge(report.vessel)
                }
                if let position = report.position, thinner.keep(position) { batch.positions.append(position) }
                let (events, withdrawn) = detectors.observe(report.message, time: report.time)
                batch.events += events
                batch.withdrawnEvents += withdrawn
            }
            batch.vessels = order.map { merged[$0]! }
            let start = ContinuousClock.now
            try await retrying("store write") { try await store.write(batch) }
            metrics.commitSeconds.record(ContinuousClock.now - start)
            metrics.acknowledged.increment(by: Int64(reports.count))
            metrics.eventsDetected.increment(by: Int64(batch.events.count))
            let updated = try await retrying("reading new vessels back") {
                try await vessels.apply(batch.vessels, store: store)
            }
            await publish(updated, events: batch.events, reports: reports)
            if ContinuousClock.now - lastPrune > .seconds(600) {
                lastPrune = .now
                await prune()
            }
        }
        logger.info("ingest writer drained its queue")
    }

    /// Runs a store operation until it succeeds, pausing longer after each failure (50 ms to 5 s).
    private func retrying<T>(
        _ what: String,
        _ operation: () async throws -> T
    ) async throws -> T {
        var pause = Duration.milliseconds(50)
        while true {
            do {
                return try await operation()
            } catch {
                metrics.storeErrors.increment()
                logger.error(
                    "\(what) failed; retrying, nothing is dropped",
                    metadata: ["error": "\(error)", "pause": "\(pause)"]
                )
                try await Task.sleep(for: pause)
                pause = min(pause * 2, .seconds(5))
            }
        }
    }

    private func publish(_ current: [VesselFeature], events: [StoredEvent], reports: [ObservedReport]) async {
        // the latest state of each vessel touched, as the API returns it
        await live.publish(.vessels(current))
        for event in events { await live.publish(.event(LiveEvent(event))) }
        if let oldest = reports.first?.received {
            metrics.liveDelaySeconds.record(ContinuousClock.now - oldest)
        }
    }

    private func prune() async {
        do {
            let removed = try await store.prune(retentionMilliseconds: policy.retentionMilliseconds)
            logger.info("pruned history past retention", metadata: ["rows": "\(removed)"])
        } catch {
            logger.error("pruning failed", metadata: ["error": "\(error)"])
        }
    }
}

/// The zones the node watches, with a version that changes whenever they do.
public actor ZoneBook {
    private var version = 0
    private var zones: [StoredZone] = []

    public init() {}

    public func snapshot() -> (Int, [StoredZone]) { (version, zones) }

    public func reload(from store: any NodeStore) async throws {
        zones = try await store.zones()
        version += 1
    }
}
