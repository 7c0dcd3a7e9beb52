import Foundation
import ServiceLifecycle
import Store
import Testing

@testable import Server

@Suite("Graceful shutdown")
struct GracefulShutdownTests {
    /// The feeds stop first and return normally, so the group lets the writer commit every message it
    /// accepted instead of cancelling it.
    @Test func everyAcceptedMessageIsCommittedBeforeTheNodeStops() async throws {
        let store = SlowStore(delay: .milliseconds(20))
        let core = NodeCore(store: store, queueCapacity: 100_000, logger: ServerFixtures.logger)
        let (ports, bound) = AsyncStream.makeStream(of: Int.self)
        let listener = NMEATCPListener(address: HostPort(host: "127.0.0.1", port: 0), sink: core.sink) {
            bound.yield($0)
        }
        let group = ServiceGroup(
            configuration: .init(services: [core.writer(maximumBatch: 50), listener], logger: ServerFixtures.logger)
        )
        let running = Task { try await group.run() }
        var port = 0
        for await p in ports {
            port = p
            break
        }
        let messages = (0..<2000).map {
            ServerFixtures.position(UInt32(300_000_000 + $0), lat: 30, lon: 125 + Double($0) / 10_000)
        }
        try await RawSocket.send(ServerFixtures.feed(messages), port: port)
        while !core.metrics.registry.emitToString().contains("kizuna_ingest_accepted_total 2000") {
            try await Task.sleep(for: .milliseconds(10))
        }
        await group.triggerGracefulShutdown()
        try await running.value
        #expect(try await store.counts().vessels == 2000)
        #expect(core.metrics.registry.emitToString().contains("kizuna_ingest_acknowledged_total 2000"))
    }
}
