import AIS
import Geo
import KizunaTesting
import Simulation
import Testing

@Suite("Simulated feed")
struct FeedTests {
    @Test("the same seed gives the same bytes, another seed other bytes")
    func determinism() {
        func feed(_ seed: UInt64) -> [UInt8] {
            let s = Scenario.make(.eastChinaSea, hours: 3, seed: seed, trafficScale: 0.1)
            var out: [UInt8] = []
            _ = TrafficSimulator.run(s, bufferBytes: 4096) { out.append(contentsOf: $0) }
            return out
        }
        let a = feed(11)
        #expect(a.count > 10_000)
        #expect(a == feed(11))
        #expect(a != feed(12))
        let t1 = GroundTruth.events(Scenario.make(.seaOfJapan, hours: 20, seed: 5, trafficScale: 0.1))
        let t2 = GroundTruth.events(Scenario.make(.seaOfJapan, hours: 20, seed: 5, trafficScale: 0.1))
        #expect(t1.map(\.jsonLine) == t2.map(\.jsonLine))
    }

    @Test("every line decodes, with no rejection", arguments: [Scenario.Name.eastChinaSea, .seaOfJapan])
    func decodes(_ name: Scenario.Name) {
        let run = name == .eastChinaSea ? SimulationFixtures.eastChinaSea : SimulationFixtures.seaOfJapan
        #expect(run.statistics.rejected == 0)
        #expect(run.decoded.count == run.summary.messages)
        #expect(run.feed.filter { $0 == 10 }.count == run.summary.sentences)
        #expect(run.summary.positionReports > 20_000)
        let types = Set(run.decoded.map(\.message.messageType))
        #expect(types == [1, 4, 5, 18, 24])
    }

    @Test(
        "tag-block times never decrease and stay within the run",
        arguments: [Scenario.Name.eastChinaSea, .seaOfJapan]
    )
    func timesInOrder(_ name: Scenario.Name) {
        let run = name == .eastChinaSea ? SimulationFixtures.eastChinaSea : SimulationFixtures.seaOfJapan
        var last: Int64 = 0
        var ordered = true
        for m in run.decoded {
            guard let t = m.time else {
                Issue.record("message without a tag-block time")
                return
            }
            if t < last { ordered = false }
            last = t
        }
        #expect(ordered)
        #expect(run.decoded.first!.time! >= run.scenario.startTime * 1000)
        #expect(last <= (run.scenario.startTime + Int64(run.scenario.duration)) * 1000)
    }

    @Test("reporting intervals follow ITU-R M.1371-5 Annex 1 Table 1")
    func intervalTable() {
        #expect(ReportingInterval.positionSeconds(.a, speedKnots: 0, atAnchorOrMoored: true) == 180)
        #expect(ReportingInterval.positionSeconds(.a, speedKnots: 4, atAnchorOrMoored: true) == 10)
        #expect(ReportingInterval.positionSeconds(.a, speedKnots: 0.5) == 10)
        #expect(ReportingInterval.positionSeconds(.a, speedKnots: 12) == 10)
        #expect(ReportingInterval.positionSeconds(.a, speedKnots: 18) == 6)
        #expect(ReportingInterval.positionSeconds(.a, speedKnots: 25) == 2)
        #expect(ReportingInterval.positionSeconds(.b, speedKnots: 1.5) == 180)
        #expect(ReportingInterval.positionSeconds(.b, speedKnots: 8) == 30)
    }

    /// In the feed: for each MMSI, the intervals between consecutive received reports in one speed
    /// band are never shorter than the band's interval (less a second for whole-second tag
    /// times), and the commonest interval is the band's.
    @Test("received reports keep the interval of their class and speed")
    func intervalsInFeed() {
        let run = SimulationFixtures.eastChinaSea
        let cloned = Set(run.truth.filter { $0.type == .identity }.flatMap(\.mmsi))
        var last: [UInt32: (time: Int64, band: Int)] = [:]
        var histogram: [Int: [Int64: Int]] = [:]
        var tooFast = 0
        for m in run.decoded {
            let band: Int
            switch m.message.body {
            case .positionReport(let r):
                let sog = r.speedOverGround ?? 0
                // The reported speed is rounded to 0.1 kn: skip reports at a band's edge.
                if abs(sog - 14) < 0.11 || abs(sog - 23) < 0.11 { continue }
                band = r.navigationStatus == 5 ? 0 : sog <= 14 ? 1 : sog <= 23 ? 2 : 3
            case .classBPosition(let r):
                band = (r.speedOverGround ?? 0) <= 2 ? 4 : 5
            default: continue
            }
            guard !cloned.contains(m.message.mmsi), let ms = m.time else { continue }
            let t = ms / 1000
            defer { last[m.message.mmsi] = (t, band) }
            guard let previous = last[m.message.mmsi], previous.band == band else { continue }
            let expected: Int64 = [180, 10, 6, 2, 180, 30][band]
            let dt = t - previous.time
            if dt < expected - 1 { tooFast += 1 }
            histogram[band, default: [:]][dt, default: 0] += 1
        }
        #expect(tooFast == 0)
        for (band, expected) in [(0, 180), (1, 10), (2, 6), (4, 180), (5, 30)] {
            let commonest = histogram[band]?.max { $0.value < $1.value }?.key
            #expect(
                commonest.map { abs($0 - Int64(expected)) <= 1 } == true,
                "band \(band): \(String(describing: commonest))"
            )
        }
    }

    @Test("static messages come about every six minutes per vessel")
    func staticIntervals() {
        let run = SimulationFixtures.eastChinaSea
        var last: [UInt32: Int64] = [:]
        var gaps: [Int64] = []
        for m in run.decoded where m.message.messageType == 5 {
            let t = m.time! / 1000
            if let p = last[m.message.mmsi] { gaps.append(t - p) }
            last[m.message.mmsi] = t
        }
        gaps.sort()
        #expect(!gaps.isEmpty)
        #expect(gaps[gaps.count / 2] >= 355 && gaps[gaps.count / 2] <= 365)
    }
}
