import Simulation
import Testing

@Suite("Event scoring")
struct ScoringTests {
    func e(_ type: String, _ mmsi: [UInt32], _ start: Double, _ end: Double) -> ScoredEvent {
        ScoredEvent(type: type, mmsi: mmsi, start: start, end: end)
    }

    @Test("overlapping events of the same type and vessels match")
    func matches() {
        let truth = [e("gap", [1], 0, 100), e("encounter", [2, 3], 50, 200)]
        let found = [e("gap", [1], 90, 150), e("encounter", [3, 2], 0, 60)]
        let c = EventScoring.score(truth: truth, found: found, tolerance: 0)
        #expect(c["gap"] == .init(truePositives: 1))
        #expect(c["encounter"] == .init(truePositives: 1))
    }

    @Test("another type, other vessels or no overlap do not match")
    func misses() {
        let truth = [e("gap", [1], 0, 100)]
        let found = [
            e("loitering", [1], 0, 100), e("gap", [2], 0, 100), e("gap", [1], 200, 300), e("gap", [1, 2], 0, 100),
        ]
        let c = EventScoring.score(truth: truth, found: found, tolerance: 0)
        #expect(c["gap"] == .init(truePositives: 0, falsePositives: 3, falseNegatives: 1))
        #expect(c["loitering"] == .init(falsePositives: 1))
        #expect(c["gap"]!.precision == 0 && c["gap"]!.recall == 0)
        #expect(c["loitering"]!.recall == 1)
    }

    @Test("a duplicate found event is a false positive; each true event matches once")
    func duplicates() {
        let truth = [e("identity", [9], 0, 1000)]
        let found = [e("identity", [9], 10, 20), e("identity", [9], 30, 40)]
        let c = EventScoring.score(truth: truth, found: found, tolerance: 0)["identity"]!
        #expect(c == .init(truePositives: 1, falsePositives: 1))
        #expect(c.precision == 0.5 && c.recall == 1)
    }

    @Test("tolerance widens both spans")
    func tolerance() {
        let truth = [e("zone_exit", [5], 1000, 1000)]
        let found = [e("zone_exit", [5], 1500, 1500)]
        #expect(EventScoring.score(truth: truth, found: found, tolerance: 0)["zone_exit"]!.truePositives == 0)
        #expect(EventScoring.score(truth: truth, found: found, tolerance: 300)["zone_exit"]!.truePositives == 1)
        #expect(EventScoring.score(truth: truth, found: found, tolerance: 200)["zone_exit"]!.truePositives == 0)
    }

    @Test("two true events and two found: each takes the one it overlaps most")
    func assignment() {
        let truth = [e("gap", [1], 0, 100), e("gap", [1], 120, 300)]
        let found = [e("gap", [1], 90, 250), e("gap", [1], 10, 50)]
        let c = EventScoring.score(truth: truth, found: found, tolerance: 0)["gap"]!
        #expect(c == .init(truePositives: 2))
    }

    @Test("nothing true and nothing found scores 1")
    func empty() {
        let c = EventScoring.Counts()
        #expect(c.precision == 1 && c.recall == 1)
        #expect(EventScoring.score(truth: [], found: []).isEmpty)
    }

    @Test("truth lines parse back to the same times")
    func truthLines() {
        let event = TruthEvent(
            id: "x-1",
            type: .zoneEntry,
            mmsi: [431_000_001],
            start: 1_767_225_600,
            end: 1_767_229_200,
            latitude: 25.5,
            longitude: -123.25,
            zone: "senkaku \"cz\"",
            details: [("dwell_hours", .number(1))]
        )
        #expect(
            event.jsonLine
                == #"{"id":"x-1","type":"zone_entry","mmsi":[431000001],"start":"2026-01-01T00:00:00Z","end":"2026-01-01T01:00:00Z","lat":25.5,"lon":-123.25,"zone":"senkaku \"cz\"","details":{"dwell_hours":1}}"#
        )
        #expect(ISO8601.seconds("2026-01-01T01:00:00Z") == 1_767_229_200)
        #expect(ISO8601.seconds("2026-01-01T10:00:00.5+09:00") == 1_767_229_200.5)
        #expect(ISO8601.seconds("2024-02-29T00:00:00Z") == 1_709_164_800)
        #expect(ISO8601.string(seconds: 951_782_400) == "2000-02-29T00:00:00Z")
    }
}
