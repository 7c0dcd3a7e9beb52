import Prometheus

/// The node's counters, served as Prometheus text at `/metrics`.
public struct NodeMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    /// Messages decoded from the feeds and handed to the queue.
    public let accepted: Counter
    /// Messages whose batch the store committed (see docs/server.md, "acknowledged").
    public let acknowledged: Counter
    /// Times a feed found the queue full: a TCP feed waited, a UDP datagram was refused.
    public let overloads: Counter
    /// UDP messages refused because the queue was full (never accepted).
    public let refused: Counter
    /// NMEA lines the decoder rejected.
    public let rejectedLines: Counter
    /// Store writes that failed and were retried.
    public let storeErrors: Counter
    public let eventsDetected: Counter
    public let queueDepth: Gauge
    public let liveClients: Gauge
    /// Live-stream updates a slow client did not take in time and lost.
    public let liveDropped: Counter
    /// Time a batch takes to commit.
    public let commitSeconds: DurationHistogram
    /// From a message's arrival to its update (or event) going out on the live stream.
    public let liveDelaySeconds: DurationHistogram
    public let httpRequests: Counter
    /// `/api/v1` requests refused for want of a valid token or session (the audit log holds them
    /// as counts per source and reason a minute: `RefusalTally`).
    public let unauthenticated: Counter

    public init() {
        let seconds: [Duration] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000].map { .milliseconds($0) }
        accepted = registry.makeCounter(name: "kizuna_ingest_accepted_total", help: "messages accepted from feeds")
        acknowledged = registry.makeCounter(
            name: "kizuna_ingest_acknowledged_total",
            help: "messages whose batch the store committed"
        )
        overloads = registry.makeCounter(name: "kizuna_ingest_overload_total", help: "times a feed met a full queue")
        refused = registry.makeCounter(
            name: "kizuna_ingest_refused_total",
            help: "UDP messages refused while the queue was full"
        )
        rejectedLines = registry.makeCounter(name: "kizuna_ingest_rejected_lines_total", help: "NMEA lines rejected")
        storeErrors = registry.makeCounter(name: "kizuna_store_errors_total", help: "failed store writes, retried")
        eventsDetected = registry.makeCounter(name: "kizuna_events_total", help: "event versions written")
        queueDepth = registry.makeGauge(name: "kizuna_ingest_queue_depth", help: "messages waiting for the store")
        liveClients = registry.makeGauge(name: "kizuna_live_clients", help: "open live-stream connections")
        liveDropped = registry.makeCounter(
            name: "kizuna_live_dropped_total",
            help: "live updates lost by clients too slow to take them"
        )
        commitSeconds = registry.makeDurationHistogram(
            name: "kizuna_store_commit_seconds",
            buckets: seconds,
            help: "time to commit one batch"
        )
        liveDelaySeconds = registry.makeDurationHistogram(
            name: "kizuna_live_delay_seconds",
            buckets: seconds,
            help: "message arrival to live-stream publication"
        )
        httpRequests = registry.makeCounter(name: "kizuna_http_requests_total", help: "HTTP requests served")
        unauthenticated = registry.makeCounter(
            name: "kizuna_http_unauthenticated_total",
            help: "API requests refused for want of a valid token or session"
        )
        _ = notKept(messageType: 4)  // listed from the start: base station reports are in most feeds
    }

    /// Messages decoded but not kept because of their type (ITU-R M.1371-5: 4 is a base station
    /// report, 21 an aid to navigation, …), one counter per type.
    public func notKept(messageType: UInt8) -> Counter {
        registry.makeCounter(
            name: "kizuna_ingest_not_kept_total",
            labels: [("type", String(messageType))],
            help: "decoded messages of types the node does not keep, by message type"
        )
    }
}
