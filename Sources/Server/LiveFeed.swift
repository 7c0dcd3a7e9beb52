import NIOCore
import Sharing
import Store

/// One message on the live stream.
public enum LiveUpdate: Sendable {
    /// The latest state of vessels that moved or were identified, after their batch was committed.
    case vessels([VesselFeature])
    /// A new or updated event, after it was committed; each client gets it only if it may read it.
    case event(LiveEvent)
    /// A zone was created, replaced or deleted: the labels it had before and after. A client hears
    /// of it only if it may read one of them (the message carries nothing else).
    case zonesChanged([Labels])
    /// Sent every few seconds so that clients (and the node) notice a dead connection.
    case heartbeat
}

/// An event as the live stream sends it: its Server-Sent Events message is encoded once, when it is
/// published, and every client that may read it gets those same bytes.
public struct LiveEvent: Sendable {
    public let event: StoredEvent
    /// `event: event\ndata: {…}\n\n`.
    public let message: ByteBuffer

    public init(_ event: StoredEvent) {
        self.event = event
        message = LiveStreamFormat.eventMessage(event)
    }
}

/// Fans committed updates out to every live-stream client.
///
/// Each client has its own buffer of `clientBuffer` updates; a client that falls further behind
/// loses the oldest ones (counted in `kizuna_live_dropped_total`) and never slows ingest down.
///
/// Events go out at once. Vessel updates go out at most once every `vesselInterval`: an update that
/// comes after a quiet interval goes out at once, and those that come sooner wait for the end of the
/// interval and go out together, each vessel once with its latest state. However fast the writer
/// commits, a client gets at most 1 / `vesselInterval` `vessels` messages a second.
public actor LiveFeed {
    private var subscribers: [Int: AsyncStream<LiveUpdate>.Continuation] = [:]
    private var nextID = 0
    private var closed = false
    private let clientBuffer: Int
    private let vesselInterval: Duration
    private let metrics: NodeMetrics
    /// Vessel updates waiting for the end of the interval, latest state per MMSI, in arrival order.
    private var waitingVessels: [UInt32: Int] = [:]
    private var waitingOrder: [VesselFeature] = []
    private var lastVessels = ContinuousClock.now - .seconds(3600)
    private var flushScheduled = false

    public init(clientBuffer: Int = 256, vesselInterval: Duration = .milliseconds(50), metrics: NodeMetrics) {
        self.clientBuffer = clientBuffer
        self.vesselInterval = vesselInterval
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
        guard case .vessels(let features) = update else { return send(update) }
        for feature in features {
            if let i = waitingVessels[feature.vessel.mmsi] {
                waitingOrder[i] = feature
            } else {
                waitingVessels[feature.vessel.mmsi] = waitingOrder.count
                waitingOrder.append(feature)
            }
        }
        let due = lastVessels + vesselInterval
        if ContinuousClock.now >= due {
            sendWaitingVessels()
        } else if !flushScheduled {
            flushScheduled = true
            // unstructured, but short and bounded: it sleeps to the end of the interval and sends
            Task {
                try? await Task.sleep(until: due)
                self.scheduledFlush()
            }
        }
    }

    private func scheduledFlush() {
        flushScheduled = false
        sendWaitingVessels()
    }

    private func sendWaitingVessels() {
        guard !waitingOrder.isEmpty else { return }
        let features = waitingOrder
        waitingOrder.removeAll(keepingCapacity: true)
        waitingVessels.removeAll(keepingCapacity: true)
        lastVessels = .now
        send(.vessels(features))
    }

    private func send(_ update: LiveUpdate) {
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
