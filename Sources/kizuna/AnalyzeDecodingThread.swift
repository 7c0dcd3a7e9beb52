import AIS
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// A decoded message and its tag-block time, as the picture's thread needs it.
struct DecodedItem: Sendable {
    var message: AISMessage
    var time: Int64?
}

/// A run of decoded messages, in input order, and how far into the input the decoder had read.
struct DecodedBatch: Sendable {
    var items: [DecodedItem]
    var end: Int
}

/// The bounded hand-off between `kizuna analyze`'s decoding thread and its picture thread:
/// batches go through in order, at most `capacity` at a time (so memory stays bounded however
/// far the decoder gets ahead), and emptied batch buffers come back for reuse so that neither
/// thread allocates per message.
///
/// (`@unchecked Sendable`: `ready`, `spare`, `closed` and `statistics` are read and written only
/// while `mutex` is held; the pointers themselves never change.)
final class DecodedBatchQueue: @unchecked Sendable {
    let capacity: Int
    let batchMessages: Int
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var ready: [DecodedBatch] = []
    private var spare: [[DecodedItem]] = []
    private var closed = false
    private var statistics = DecodeStatistics()

    /// A queue of batches of `batchMessages` messages, `capacity` of them in flight.
    init(capacity: Int = 4, batchMessages: Int = 4096) {
        self.capacity = max(1, capacity)
        self.batchMessages = max(1, batchMessages)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(mutex)
        changed.deallocate()
        mutex.deallocate()
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// An empty buffer for the next batch (a returned one when there is one). Returned buffers are
    /// emptied here, on the decoding thread, which has time to spare for freeing their messages.
    func emptyBuffer() -> [DecodedItem] {
        if var buffer = locked({ spare.popLast() }) {
            buffer.removeAll(keepingCapacity: true)
            return buffer
        }
        var buffer: [DecodedItem] = []
        buffer.reserveCapacity(batchMessages)
        return buffer
    }

    /// Gives a batch's buffer back once its messages are taken.
    func recycle(_ buffer: inout [DecodedItem]) {
        let b = buffer
        buffer = []
        locked { spare.append(b) }
    }

    /// Hands over `batch`, waiting while `capacity` batches are waiting already.
    func put(_ batch: DecodedBatch) {
        locked {
            while ready.count >= capacity { pthread_cond_wait(changed, mutex) }
            ready.append(batch)
            pthread_cond_broadcast(changed)
        }
    }

    /// The next batch, waiting for it; nil once the decoder has finished and every batch is taken.
    func take() -> DecodedBatch? {
        locked {
            while ready.isEmpty && !closed { pthread_cond_wait(changed, mutex) }
            guard !ready.isEmpty else { return nil }
            let batch = ready.removeFirst()
            pthread_cond_broadcast(changed)
            return batch
        }
    }

    /// The decoder is done; `statistics` are its counts.
    func close(statistics: DecodeStatistics) {
        locked {
            self.statistics = statistics
            closed = true
            pthread_cond_broadcast(changed)
        }
    }

    /// The decoder's counts, once ``take()`` has returned nil.
    var decodeStatistics: DecodeStatistics { locked { statistics } }
}

/// Bytes of a mapped file read by the decoding thread.
/// (`@unchecked Sendable`: the mapping is read-only and outlives the thread, which
/// ``AnalyzeRun/analyzeNMEAOnTwoThreads(_:progress:)`` waits for before it returns.)
struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}

extension AnalyzeRun {
    /// Decodes `bytes` into `queue` in batches, in order, then closes it.
    static func decode(_ shared: SharedBytes, into queue: DecodedBatchQueue, chunk: Int = 4 << 20) {
        let data = shared.bytes
        var decoder = AISStreamDecoder()
        var buffer = queue.emptyBuffer()
        var position = 0
        let limit = queue.batchMessages
        while position < data.count {
            let end = min(data.count, position + chunk)
            decoder.feed(UnsafeRawBufferPointer(rebasing: data[position..<end])) { decoded in
                buffer.append(DecodedItem(message: decoded.message, time: decoded.time))
                if buffer.count >= limit {
                    queue.put(DecodedBatch(items: buffer, end: position))
                    buffer = queue.emptyBuffer()
                }
            }
            position = end
        }
        decoder.finish { buffer.append(DecodedItem(message: $0.message, time: $0.time)) }
        queue.put(DecodedBatch(items: buffer, end: position))
        queue.close(statistics: decoder.statistics)
    }

    /// NMEA with the decoding on a second thread and the picture on this one: the picture takes
    /// exactly the messages, in exactly the order, that ``analyzeNMEA(_:progress:)`` gives it, so
    /// the events are the same byte for byte.
    mutating func analyzeNMEAOnTwoThreads(_ data: UnsafeRawBufferPointer, progress: ProgressReporter) {
        let queue = DecodedBatchQueue(batchMessages: batchMessages)
        let shared = SharedBytes(bytes: data)
        let decoding = DispatchGroup()
        DispatchQueue.global().async(group: decoding) { Self.decode(shared, into: queue) }
        var clock = start
        var reported = 0
        while var batch = queue.take() {
            batch.items.withUnsafeBufferPointer { items in
                for i in items.indices { take(items[i].message, time: items[i].time, clock: &clock) }
            }
            queue.recycle(&batch.items)
            drain()
            if batch.end - reported >= 4 << 20 {
                reported = batch.end
                progress.update(done: batch.end, messages: messages)
            }
        }
        decoding.wait()
        decodeStatistics.merge(queue.decodeStatistics)
        drain()
    }
}
