import AIS
import Foundation
import Server
import Sharing
import Store
import Testing

@Suite("Ingest: queue, writer, back-pressure")
struct IngestTests {
    static let boxLabels = Labels(owner: "gb-mod", tlp: .amber, releasableTo: ["nato-hq"], classification: "SECRET")
    static let picture = Labels(owner: "jp-mod", tlp: .green, releasableTo: ["GBR"])
    @Test func reportsReadTheFieldsTheNodeKeeps() throws {
        var decoder = AISStreamDecoder()
        var reports: [ObservedReport] = []
        let text = ServerFixtures.feed([
            ServerFixtures.staticData(431_000_001, name: "KAIYO MARU@@@", shipType: 70),
            ServerFixtures.position(431_000_001, lat: 26.5, lon: 124.25),
        ])
        text.utf8CString.dropLast().withUnsafeBytes { bytes in
            decoder.feed(bytes) { reports.append(try! #require(ObservedReport($0, receiveTime: 0))) }
        }
        #expect(reports.count == 2)
        #expect(reports[0].vessel.name == "KAIYO MARU")
        #expect(reports[0].vessel.flag == "JPN")
        #expect(reports[0].position == nil)
        let position = try #require(reports[1].position)
        #expect(position.time == (ServerFixtures.t0 + 1) * 1000)
        #expect(abs(position.latitude - 26.5) < 1e-4 && abs(position.longitude - 124.25) < 1e-4)
    }

    @Test func producersWaitForAFullQueueAndNothingIsLost() async throws {
        let store = SlowStore(delay: .milliseconds(5))
        let core = NodeCore(store: store, queueCapacity: 20, logger: ServerFixtures.logger)
        let writer = Task { try await core.writer(maximumBatch: 10).run() }
        let messages = (0..<600).map { i in
            ServerFixtures.position(UInt32(200_000_000 + i % 50), lat: 30 + Double(i) / 1000, lon: 125)
        }
        var decoder = AISStreamDecoder()
        var reports: [ObservedReport] = []
        ServerFixtures.feed(messages).utf8CString.dropLast().withUnsafeBytes { bytes in
            decoder.feed(bytes) { if let r = ObservedReport($0, receiveTime: 0) { reports.append(r) } }
        }
        #expect(reports.count == 600)
        for chunk in stride(from: 0, to: reports.count, by: 7) {
            #expect(await core.queue.push(Array(reports[chunk..<min(chunk + 7, reports.count)])))
        }
        await core.queue.finish()
        try await writer.value
        let metrics = core.metrics.registry.emitToString()
        #expect(metrics.contains("kizuna_ingest_acknowledged_total 600"))
        #expect(!metrics.contains("kizuna_ingest_overload_total 0"))
        #expect(try await store.counts().vessels == 50)
        // each vessel reports every 50 s of tag-block time, so the 10 s resolution keeps every point
        #expect(try await store.counts().positions == 600)
        #expect(await core.queue.push(Array(reports.prefix(1))) == false)
    }

    @Test func offerRefusesWhenFull() async {
        let queue = IngestQueue<Int>(capacity: 2)
        #expect(await queue.offer([1, 2]))
        #expect(await !queue.offer([3]))
        #expect(await queue.next(maximum: 10) == [1, 2])
        #expect(await queue.offer([3]))
    }

    @Test func zoneEntryAndExitAreDetected() async throws {
        let store = MemoryStore()
        let core = NodeCore(store: store, pictureLabels: Self.picture, logger: ServerFixtures.logger)
        try await store.saveZone(
            StoredZone(
                id: "box",
                name: "Box",
                kind: "user",
                geometryJSON: #"{"type":"Polygon","coordinates":[[[124,26],[125,26],[125,27],[124,27],[124,26]]]}"#,
                created: 0,
                labels: Self.boxLabels
            )
        )
        try await core.zones.reload(from: store)
        let updates = await core.live.subscribe()
        let writer = Task { try await core.writer().run() }
        var decoder = AISStreamDecoder()
        var reports: [ObservedReport] = []
        let path = [(25.5, 124.5), (26.5, 124.5), (26.6, 124.5), (27.5, 124.5)]
        ServerFixtures.feed(path.map { ServerFixtures.position(412_000_009, lat: $0.0, lon: $0.1) })
            .utf8CString.dropLast().withUnsafeBytes { bytes in
                decoder.feed(bytes) { if let r = ObservedReport($0, receiveTime: 0) { reports.append(r) } }
            }
        await core.queue.push(reports)
        await core.queue.finish()
        try await writer.value
        // the jumps are faster than any ship, so the identity detector speaks too; only zones matter here
        let events = try await store.events(EventQuery()).filter { $0.type.hasPrefix("zone_") }
        #expect(Set(events.map(\.type)) == ["zone_entry", "zone_exit"])
        let entry = try #require(events.first { $0.type == "zone_entry" })
        #expect(entry.start == (ServerFixtures.t0 + 1) * 1000 && entry.end == (ServerFixtures.t0 + 2) * 1000)
        #expect(entry.mmsi == [412_000_009] && entry.zone == "box")
        // events about the zone take its labels; the others the picture's
        #expect(events.allSatisfy { $0.labels == Self.boxLabels })
        let others = try await store.events(EventQuery()).filter { !$0.type.hasPrefix("zone_") }
        #expect(!others.isEmpty && others.allSatisfy { $0.labels == Self.picture })
        var sawEvent = false
        for await update in updates {
            if case .event = update {
                sawEvent = true
                break
            }
        }
        #expect(sawEvent)
    }
}
