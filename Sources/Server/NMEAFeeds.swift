import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// A host and port, as `HOST:PORT` (or `[IPv6]:PORT`).
public struct HostPort: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Reads `HOST:PORT`, `[::1]:PORT` or `:PORT` (all interfaces); nil when malformed.
    public init?(_ text: String, defaultHost: String = "0.0.0.0") {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host.isEmpty ? defaultHost : host
        self.port = port
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

extension Service {
    /// Runs `operation` until it ends or the node shuts down gracefully, and then returns normally: a
    /// service that threw would make the `ServiceGroup` cancel the others, the ingest writer among
    /// them, before it had committed what the feeds accepted.
    static func untilGracefulShutdown(_ operation: @escaping @Sendable () async throws -> Void) async throws {
        do {
            try await cancelWhenGracefulShutdown(operation)
        } catch  where Task.isShuttingDownGracefully || error is CancellationError {
            return
        }
    }
}

/// Where the feeds put what they decode.
struct FeedSink: Sendable {
    let queue: IngestQueue<ObservedReport>
    let metrics: NodeMetrics
    let logger: Logger

    /// Reads NMEA from one TCP stream until it ends, waiting whenever the queue is full.
    func consume(_ channel: NIOAsyncChannel<ByteBuffer, Never>, source: String) async {
        var decoder = FeedDecoder()
        do {
            try await channel.executeThenClose { inbound, _ in
                for try await buffer in inbound {
                    let reports = count(decoder.reports(from: buffer))
                    guard !reports.isEmpty else { continue }
                    guard await queue.push(reports) else { return }
                    metrics.accepted.increment(by: Int64(reports.count))
                }
            }
        } catch {
            logger.info("feed connection ended", metadata: ["source": "\(source)", "error": "\(error)"])
        }
    }

    /// Counts the lines rejected and the messages not kept in `read`; returns its reports.
    func count(_ read: FeedDecoder.Read) -> [ObservedReport] {
        if read.rejected > 0 { metrics.rejectedLines.increment(by: Int64(read.rejected)) }
        for (type, n) in read.notKept { metrics.notKept(messageType: type).increment(by: Int64(n)) }
        return read.reports
    }
}

/// Accepts NMEA 0183 over TCP (the usual port is 10110): any number of senders, each read as its own
/// stream.
public struct NMEATCPListener: Service {
    let address: HostPort
    let sink: FeedSink
    let onBound: @Sendable (Int) -> Void

    init(address: HostPort, sink: FeedSink, onBound: @escaping @Sendable (Int) -> Void) {
        self.address = address
        self.sink = sink
        self.onBound = onBound
    }

    public func run() async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: address.host, port: address.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, Never>(wrappingChannelSynchronously: channel)
                }
            }
        let port = server.channel.localAddress?.port ?? address.port
        onBound(port)
        sink.logger.info("listening for NMEA over TCP", metadata: ["address": "\(address.host):\(port)"])
        let sink = self.sink
        try await Self.untilGracefulShutdown {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { inbound in
                    for try await connection in inbound {
                        let peer = connection.channel.remoteAddress?.description ?? "?"
                        group.addTask { await sink.consume(connection, source: peer) }
                    }
                }
            }
        }
    }
}

/// Connects out to a TCP feed and reads it, reconnecting after a pause whenever it ends.
public struct NMEATCPConnector: Service {
    let address: HostPort
    let sink: FeedSink

    init(address: HostPort, sink: FeedSink) {
        self.address = address
        self.sink = sink
    }

    public func run() async throws {
        try await Self.untilGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                        .connect(host: address.host, port: address.port) { channel in
                            channel.eventLoop.makeCompletedFuture {
                                try NIOAsyncChannel<ByteBuffer, Never>(wrappingChannelSynchronously: channel)
                            }
                        }
                    sink.logger.info("connected to NMEA feed", metadata: ["address": "\(address)"])
                    await sink.consume(channel, source: address.description)
                } catch {
                    sink.logger.warning(
                        "cannot reach NMEA feed",
                        metadata: ["address": "\(address)", "error": "\(error)"]
                    )
                }
                try await Task.sleep(for: .seconds(5))
            }
        }
    }
}

/// Reads NMEA 0183 from UDP datagrams. UDP cannot be slowed down, so when the queue is full a
/// datagram's messages are refused and counted (`kizuna_ingest_refused_total`), never accepted.
public struct NMEAUDPListener: Service {
    let address: HostPort
    let sink: FeedSink

    init(address: HostPort, sink: FeedSink) {
        self.address = address
        self.sink = sink
    }

    public func run() async throws {
        let channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: address.host, port: address.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(
                        wrappingChannelSynchronously: channel
                    )
                }
            }
        sink.logger.info("listening for NMEA over UDP", metadata: ["address": "\(address)"])
        let sink = self.sink
        try await Self.untilGracefulShutdown {
            try await channel.executeThenClose { inbound, _ in
                var decoder = FeedDecoder()
                for try await envelope in inbound {
                    let reports = sink.count(decoder.reports(from: envelope.data))
                    guard !reports.isEmpty else { continue }
                    if await sink.queue.offer(reports) {
                        sink.metrics.accepted.increment(by: Int64(reports.count))
                    } else {
                        sink.metrics.refused.increment(by: Int64(reports.count))
                    }
                }
            }
        }
    }
}
