import Store

/// One message on the live stream.
public enum LiveUpdate: Sendable {
    /// The latest state of vessels that moved or were identified, after their batch was committed.
    case vessels([StoredVessel])
    /// A new or updated event, after it was committed.
    case event(StoredEvent)
    /// Zones were created or deleted.
    case zonesChanged
    /// Sent every few seconds so that clients (and the node) notice a dead connection.
    case heartbeat
}

/// Fans committed updates out to every live-stream client.
///
/// Each client has its own buffer of `clientBuffer` updates; a client that falls further behind
/// loses the oldest ones (counted in `kizuna_live_dropped_total`) and never slows ingest down.
public actor LiveFeed {
    private var subscribers: [Int: AsyncStream<LiveUpdate>.Continuation] = [:]
    private var nextID = 0
    private var closed = false
    private let clientBuffer: Int
    private let metrics: NodeMetrics

    public init(clientBuffer: Int = 256, metrics: NodeMetrics) {
        self.clientBuffer = clientBuffer
        self.metrics = metrics
    }

    /// A stream of every update published from now on, until the stream is dropped.
    public func subscribe() -> AsyncStream<LiveUpdate> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: LiveUpdate.self,
            bufferingPolicy: .bufferingNewest(clientBuffer)
        )
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        metrics.liveClients.set(Double(subscribers.count))
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    public func publish(_ update: LiveUpdate) {
        for continuation in subscribers.values {
            if case .dropped = continuation.yield(update) { metrics.liveDropped.increment() }
        }
    }

    /// Ends every stream (at shutdown).
    public func finishAll() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
        metrics.liveClients.set(Double(subscribers.count))
    }
}
