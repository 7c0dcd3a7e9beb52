import AIS
import Picture
import Simulation
import Testing

/// The identity detector over a whole simulated run: no event repeats, and events of one vessel
/// that start in the same second are distinct changes from one static report (issue 5: the demo's
/// event list once showed two `identity` events for one vessel at one second).
@Suite struct IdentityEventTests {
    static func kind(_ event: PictureEvent) -> String {
        if case .string(let k)? = event.detail("kind") { return k }
        return "?"
    }

    @Test(arguments: [Scenario.Name.eastChinaSea, .seaOfJapan])
    func identityEventsDoNotRepeat(_ name: Scenario.Name) {
        let run = name == .eastChinaSea ? SimulationFixtures.eastChinaSea : SimulationFixtures.seaOfJapan
        var picture = MaritimePicture(coastline: SimulationFixtures.coastline)
        var updates: [EventUpdate] = []
        for m in run.decoded {
            guard let time = m.time else { continue }
            picture.ingest(m.message, time: time)
            updates += picture.takeUpdates().filter { $0.event.type == .identity }
        }
        picture.finish()
        updates += picture.takeUpdates().filter { $0.event.type == .identity }

        let started = updates.filter { $0.action == .started }.map(\.event)
        let ended = updates.filter { $0.action == .ended }.map(\.event)
        #expect(!started.isEmpty)
        #expect(Set(started.map(\.id)).count == started.count, "an event started twice")
        #expect(Set(ended.map(\.id)).count == ended.count, "an event ended twice")
        #expect(Set(ended.map(\.id)) == Set(started.map(\.id)))

        // one vessel's events of one kind follow one another, never overlap
        let byVesselAndKind = Dictionary(grouping: ended) { "\($0.mmsi) \(Self.kind($0))" }
        for (key, events) in byVesselAndKind {
            let sorted = events.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(a.end < b.start, "\(key): \(a.id) and \(b.id) overlap")
            }
        }
        // same vessel, same second: only the changes one static report (ITU-R M.1371-5 message 5)
        // carries at once, each a different kind
        let bySecond = Dictionary(grouping: ended) { "\($0.mmsi) \($0.start / 1000)" }
        for (key, events) in bySecond where events.count > 1 {
            let kinds = events.map(Self.kind)
            #expect(Set(kinds).count == kinds.count, "\(key): \(kinds)")
            #expect(Set(kinds).isSubset(of: ["name_change", "call_sign_change", "imo_change"]), "\(key): \(kinds)")
        }
    }
}
