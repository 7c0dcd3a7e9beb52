import Server
import Sharing
import Store
import Testing

@Suite("Live feed: events at once, vessel updates at a bounded rate")
struct LiveFeedTests {
    static func vessel(_ mmsi: UInt32, lon: Double) -> VesselFeature {
        VesselFeature(StoredVessel(mmsi: mmsi, latitude: 26, longitude: lon, time: 1))
    }

    @Test func vesselUpdatesCloseTogetherGoOutOnceWithTheLatestState() async throws {
        let live = LiveFeed(vesselInterval: .seconds(5), metrics: NodeMetrics())
        let updates = await live.subscribe()
        // the first goes out at once; the next three come within the interval and wait for its end
        await live.publish(.vessels([Self.vessel(1, lon: 120)]))
        await live.publish(.vessels([Self.vessel(2, lon: 121), Self.vessel(1, lon: 122)]))
        let gap = StoredEvent(
            id: "e",
            type: "gap",
            mmsi: [2],
            start: 0,
            latitude: 0,
            longitude: 0,
            labels: Labels(owner: "jp-mod", tlp: .green)
        )
        await live.publish(.event(LiveEvent(gap)))
        await live.publish(.vessels([Self.vessel(1, lon: 123)]))
        var received: [String] = []
        for await update in updates {
            switch update {
            case .vessels(let features):
                received.append(features.map { "\($0.vessel.mmsi)@\($0.vessel.longitude ?? 0)" }.joined(separator: " "))
            case .event(let live): received.append("event \(live.event.id)")
            default: continue
            }
            if received.count == 3 { break }
        }
        #expect(received == ["1@120.0", "event e", "2@121.0 1@123.0"])
    }
}
