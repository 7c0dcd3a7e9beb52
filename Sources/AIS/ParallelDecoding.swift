import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Where decoded messages go: counted, or written as JSON in one of two forms.
public struct MessageSink {
    public enum Format: Sendable {
        case none, json, gpsd
    }

    public let format: Format
    /// The JSON written so far (empty for `.none`).
    public var out = JSONOutput(capacity: 1 << 16)
    /// Messages taken.
    public var count = 0
    private let kizuna = KizunaJSONWriter()
    private let gpsd = GPSDJSONWriter()

    public init(format: Format) {
        self.format = format
    }

    @inline(__always)
    public mutating func take(_ decoded: DecodedMessage) {
        count &+= 1
        switch format {
        case .none: break
        case .json: kizuna.write(decoded, to: &out)
        case .gpsd: gpsd.write(decoded.message, to: &out)
        }
    }
}

/// Decodes a file held in memory on two cores, with exactly the result of one decoder reading it
/// from start to end.
///
/// The file is taken in segments of a few megabytes, each cut in two at a line boundary. The first
/// half goes on with the decoder that holds the stream's state; the second half starts a fresh
/// decoder on another thread. If the first decoder ends its half in the middle of a multi-sentence
/// message (``AISStreamDecoder/isMidMessage``), a fresh decoder would have been wrong about what
/// follows, so its work is thrown away and the first decoder reads the second half too. Otherwise
/// the fresh decoder is in exactly the state the first one would have reached, and it carries the
/// stream on. Output is written in input order.
public struct ParallelDecoding: Sendable {
    public var limits = AISDecoderLimits()
    /// Bytes per segment (each cut in two); `Int.max` decodes on one thread.
    public var segmentSize: Int
    public var format: MessageSink.Format

    public init(segmentSize: Int = 8 << 20, format: MessageSink.Format) {
        self.segmentSize = segmentSize
        self.format = format
    }

    /// A half-segment decoded on the worker thread; read only after the thread has finished.
    /// (`@unchecked Sendable`: the worker owns it until `DispatchGroup.wait()` returns.)
    final class Job: @unchecked Sendable {
        var decoder: AISStreamDecoder
        var sink: MessageSink
        let bytes: UnsafeRawBufferPointer

        init(decoder: AISStreamDecoder, sink: MessageSink, bytes: UnsafeRawBufferPointer) {
            self.decoder = decoder
            self.sink = sink
            self.bytes = bytes
        }

        func run() {
            decoder.feed(bytes) { sink.take($0) }
        }
    }

    /// Decodes `bytes`, handing each segment's output to `write` in order; returns the statistics.
    public func decode(
        _ bytes: UnsafeRawBufferPointer,
        progress: (Int, Int) -> Void,
        write: (inout JSONOutput) -> Void
    ) -> (DecodeStatistics, Int) {
        var carry = AISStreamDecoder(limits: limits)
        var retired = DecodeStatistics()
        var sink = MessageSink(format: format)
        var messages = 0
        var position = 0
        let group = DispatchGroup()
        while position < bytes.count {
            let end = lineBoundary(after: min(bytes.count, position + segmentSize), in: bytes)
            let middle = lineBoundary(after: position + (end - position) / 2, in: bytes)
            let job = Job(
                decoder: AISStreamDecoder(limits: limits),
                sink: MessageSink(format: format),
                bytes: UnsafeRawBufferPointer(rebasing: bytes[middle..<end])
            )
            DispatchQueue.global().async(group: group) { job.run() }
            carry.feed(UnsafeRawBufferPointer(rebasing: bytes[position..<middle])) { sink.take($0) }
            group.wait()
            if carry.isMidMessage {
                carry.feed(UnsafeRawBufferPointer(rebasing: bytes[middle..<end])) { sink.take($0) }
                messages += sink.count
                sink.count = 0
                write(&sink.out)
            } else {
                messages += sink.count + job.sink.count
                sink.count = 0
                write(&sink.out)
                write(&job.sink.out)
                retired.merge(carry.statistics)
                carry = job.decoder
            }
            position = end
            progress(position, messages)
        }
        carry.finish { sink.take($0) }
        messages += sink.count
        write(&sink.out)
        retired.merge(carry.statistics)
        return (retired, messages)
    }

    /// The offset just past the first newline at or after `offset`, or the end of `bytes`.
    func lineBoundary(after offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        guard offset < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let newline = memchr(base + offset, 0x0A, bytes.count - offset) else { return bytes.count }
        return base.distance(to: UnsafeRawPointer(newline)) + 1
    }
}
