import Geo
import Logging
import Sharing
import Store

/// The parts of a running node that the feeds, the writer and the API share.
public struct NodeCore: Sendable {
    public let store: any NodeStore
    public let queue: IngestQueue<ObservedReport>
    public let live: LiveFeed
    public let zones: ZoneBook
    /// Every vessel's current state, for bbox queries and the live stream.
    public let vessels: VesselIndex
    public let metrics: NodeMetrics
    public let policy: HistoryPolicy
    /// The labels of what the node's own detectors produce when no zone lends its own
    /// (``NodeSettings/pictureLabels``).
    public let pictureLabels: Labels
    public let logger: Logger

    public init(
        store: any NodeStore,
        queueCapacity: Int = 50_000,
        policy: HistoryPolicy = HistoryPolicy(),
        pictureLabels: Labels = Labels(owner: "local", tlp: .green),
        logger: Logger
    ) {
        self.pictureLabels = pictureLabels
        let metrics = NodeMetrics()
        self.store = store
        self.metrics = metrics
        self.queue = IngestQueue(capacity: queueCapacity) { metrics.overloads.increment() }
        self.live = LiveFeed(metrics: metrics)
        self.zones = ZoneBook()
        self.vessels = VesselIndex()
        self.policy = policy
        self.logger = logger
    }

    /// The service that commits what the feeds accept.
    public func writer(maximumBatch: Int = 2000, coastline: CoastlineIndex? = nil) -> IngestWriter {
        IngestWriter(
            queue: queue,
            store: store,
            live: live,
            zones: zones,
            vessels: vessels,
            metrics: metrics,
            policy: policy,
            pictureLabels: pictureLabels,
            maximumBatch: maximumBatch,
            coastline: coastline,
            logger: logger
        )
    }

    var sink: FeedSink { FeedSink(queue: queue, metrics: metrics, logger: logger) }
}
