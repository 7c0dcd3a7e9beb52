/// A bounded queue between the feeds and the store writer.
///
/// Producers that find it full wait (``push(_:)``): a TCP feed then stops reading its socket, so the
/// sender slows down instead of the node dropping what it accepted. A producer that cannot wait (UDP)
/// uses ``offer(_:)`` and is told that its items were refused, which it counts. Each wait is counted
/// as an overload.
public actor IngestQueue<Element: Sendable> {
    private var items: [Element] = []
    private var head = 0
    public let capacity: Int
    private var waitingProducers: [CheckedContinuation<Void, Never>] = []
    private var waitingConsumer: CheckedContinuation<Void, Never>?
    private var finished = false
    private let onOverload: @Sendable () -> Void

    /// - Parameters:
    ///   - capacity: items held before producers wait.
    ///   - onOverload: called each time a producer has to wait or is refused.
    public init(capacity: Int, onOverload: @escaping @Sendable () -> Void = {}) {
        self.capacity = max(1, capacity)
        self.onOverload = onOverload
    }

    /// Items waiting for the writer.
    public var count: Int { items.count - head }

    /// Appends `batch`, first waiting while the queue is full. Returns false (and keeps nothing) once
    /// the queue is finished.
    @discardableResult
    public func push(_ batch: [Element]) async -> Bool {
        guard !batch.isEmpty else { return !finished }
        while count >= capacity && !finished {
            onOverload()
            await withCheckedContinuation { waitingProducers.append($0) }
        }
        guard !finished else { return false }
        append(batch)
        return true
    }

    /// Appends `batch` if there is room now; false (nothing kept) when full or finished.
    public func offer(_ batch: [Element]) -> Bool {
        guard !finished, count < capacity else {
            if !finished { onOverload() }
            return false
        }
        append(batch)
        return true
    }

    /// Up to `maximum` items, oldest first, waiting while there are none. An empty array means the
    /// queue is finished and drained.
    public func next(maximum: Int) async -> [Element] {
        while count == 0 {
            if finished { return [] }
            await withCheckedContinuation { waitingConsumer = $0 }
        }
        let end = min(items.count, head + maximum)
        let taken = Array(items[head..<end])
        head = end
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 4096 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        let producers = waitingProducers
        waitingProducers.removeAll()
        for producer in producers { producer.resume() }
        return taken
    }

    /// Refuses new items; the writer still drains what is held.
    public func finish() {
        finished = true
        for producer in waitingProducers { producer.resume() }
        waitingProducers.removeAll()
        waitingConsumer?.resume()
        waitingConsumer = nil
    }

    private func append(_ batch: [Element]) {
        items.append(contentsOf: batch)
        waitingConsumer?.resume()
        waitingConsumer = nil
    }
}
