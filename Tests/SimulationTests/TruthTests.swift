import AIS
import Geo
import Picture
import Simulation
import Testing

/// The truth file's events checked against the issue's definitions, from the feed and the
/// ground-truth tracks, with the GSHHG coastline and the Picture module's port list (not the
/// simulator's own coast points and ports).
@Suite("Ground truth")
struct TruthTests {
    static let runs = [SimulationFixtures.eastChinaSea, SimulationFixtures.seaOfJapan]
    let coast = SimulationFixtures.coastline

    @Test("every kind of behaviour is there", arguments: [0, 1])
    func everyKind(_ index: Int) {
        let run = Self.runs[index]
        var counts: [Simulation.EventType: Int] = [:]
        for e in run.truth { counts[e.type, default: 0] += 1 }
        #expect(counts[.gap, default: 0] >= 2)
        #expect(counts[.encounter, default: 0] >= 1)
        #expect(counts[.loitering, default: 0] >= 3)
        #expect(counts[.identity, default: 0] >= 4)
        if index == 0 {
            #expect(counts[.zoneEntry, default: 0] >= 8)
            #expect(counts[.zoneExit, default: 0] >= 8)
        }
        #expect(Set(run.truth.map(\.id)).count == run.truth.count)
        for e in run.truth {
            #expect(e.start <= e.end)
            #expect(ISO8601.seconds(ISO8601.string(seconds: e.start)) == e.start.rounded(.down))
        }
    }

    @Test("gaps: ≥ 12 h silent in the feed, both ends > 50 nm from shore, others heard nearby", arguments: [0, 1])
    func gaps(_ index: Int) {
        let run = Self.runs[index]
        let positions = SimulationFixtures.positions(run)
        for gap in run.truth where gap.type == .gap {
            let track = positions[gap.mmsi[0]] ?? []
            guard let before = track.last(where: { $0.time <= gap.start }),
                let after = track.first(where: { $0.time >= gap.end })
            else {
                Issue.record("gap \(gap.id) is not bounded by received positions")
                continue
            }
            #expect(!track.contains { $0.time > before.time && $0.time < after.time })
            #expect(after.time - before.time >= 12 * 3600)
            #expect(coast.distanceNauticalMiles(from: before.point) > 55)
            #expect(coast.distanceNauticalMiles(from: after.point) > 55)
            // Others heard within 15 nm of an end in most hours of the gap.
            var hours = Set<Int>()
            for (mmsi, others) in positions where mmsi != gap.mmsi[0] {
                for o in others where o.time > before.time && o.time < after.time {
                    if o.point.distanceNauticalMiles(to: before.point) < 15
                        || o.point.distanceNauticalMiles(to: after.point) < 15
                    {
                        hours.insert(Int(o.time / 3600))
                    }
                }
            }
            let total = Int((after.time - before.time) / 3600)
            #expect(Double(hours.count) >= 0.7 * Double(total), "\(gap.id): heard in \(hours.count) of \(total) h")
        }
    }

    /// Silences of ≥ 12 h far from shore that are not injected gaps must be coverage holes:
    /// nobody heard within 45 nm of the silence midpoint while it lasted.
    @Test("coverage holes are not gaps", arguments: [0, 1])
    func coverageHoles(_ index: Int) {
        let run = Self.runs[index]
        let positions = SimulationFixtures.positions(run)
        let gaps = run.truth.filter { $0.type == .gap }
        var holes = 0
        for (mmsi, track) in positions {
            for (a, b) in zip(track, track.dropFirst()) where b.time - a.time >= 12 * 3600 {
                guard coast.distanceNauticalMiles(from: a.point) > 50, coast.distanceNauticalMiles(from: b.point) > 50
                else { continue }
                if gaps.contains(where: { $0.mmsi == [mmsi] && $0.start < b.time && $0.end > a.time }) { continue }
                holes += 1
                let mid = a.point.interpolated(to: b.point, fraction: 0.5)
                let heard = positions.contains { other, points in
                    other != mmsi
                        && points.contains {
                            $0.time > a.time && $0.time < b.time && $0.point.distanceNauticalMiles(to: mid) < 45
                        }
                }
                #expect(!heard, "silence of \(mmsi) from \(a.time) looks like a gap but is not in the truth")
            }
        }
        if index == 0 { #expect(holes >= 1) }
    }

    @Test("encounters: within 500 m for ≥ 2 h below 2 kn, > 10 km from any port", arguments: [0, 1])
    func encounters(_ index: Int) {
        let run = Self.runs[index]
        for e in run.truth where e.type == .encounter {
            #expect(e.end - e.start >= 2 * 3600)
            let pair = e.mmsi.map { m in run.scenario.vessels.first { $0.mmsi == m }! }
            var t = e.start
            while t <= e.end {
                let a = pair[0].track.state(at: t)
                let b = pair[1].track.state(at: t)
                #expect(a.position.distanceMetres(to: b.position) <= 500)
                #expect(a.speedKnots < 2 && b.speedKnots < 2)
                #expect(Picture.Port.nearest(to: a.position, in: Picture.Port.eastAsia)!.metres > 15_000)
                #expect(pair.allSatisfy { $0.isTransmitting(at: t) })
                t += 600
            }
            #expect(pair.allSatisfy { $0.role == .tanker })
        }
    }

    @Test("loitering: ≥ 4 h below 2 kn, > 20 nm from shore; none by ordinary traffic", arguments: [0, 1])
    func loitering(_ index: Int) {
        let run = Self.runs[index]
        for e in run.truth where e.type == .loitering {
            #expect(e.end - e.start >= 4 * 3600)
            let v = run.scenario.vessels.first { $0.mmsi == e.mmsi[0] }!
            #expect([.tanker, .survey, .carrier].contains(v.role))
            var t = e.start
            while t <= e.end {
                let s = v.track.state(at: t)
                #expect(s.speedKnots < 2)
                #expect(coast.distanceNauticalMiles(from: s.position) > 20)
                t += 600
            }
        }
    }

    @Test("coast guard enters the Senkaku contiguous zone every day and the territorial sea on the first")
    func coastGuard() {
        let run = SimulationFixtures.eastChinaSea
        let guards = Set(run.scenario.vessels.filter { $0.role == .coastGuard }.map(\.mmsi))
        #expect(guards.count == 4)
        let entries = run.truth.filter { $0.type == .zoneEntry && guards.contains($0.mmsi[0]) }
        for day in 0..<2 {
            let dayStart = Double(run.scenario.startTime) + Double(day) * 86_400
            let cz = entries.filter {
                $0.zone == "Senkaku contiguous zone" && $0.start >= dayStart && $0.start < dayStart + 86_400
            }
            #expect(Set(cz.flatMap(\.mmsi)) == guards)
        }
        let ts = entries.filter { $0.zone == "Senkaku territorial sea" }
        #expect(ts.count >= 2)
        #expect(ts.allSatisfy { $0.end - $0.start >= 1.5 * 3600 })
    }

    @Test("identity anomalies: the clone is heard in two places, the invalid MID is heard")
    func identity() {
        let run = SimulationFixtures.eastChinaSea
        let positions = SimulationFixtures.positions(run)
        let kinds = run.truth.filter { $0.type == .identity }.compactMap { e -> String? in
            if case .text(let k)? = e.details.first(where: { $0.key == "kind" })?.value { return k }
            return nil
        }
        #expect(Set(kinds) == ["mmsi_clone", "name_change", "call_sign_change", "invalid_mid"])
        for e in run.truth where e.type == .identity {
            let heard = (positions[e.mmsi[0]] ?? []).filter { $0.time >= e.start && $0.time <= e.end }
            #expect(!heard.isEmpty)
        }
        let clone = run.truth.first { e in
            e.type == .identity && e.details.contains { $0.key == "kind" && $0.value == .text("mmsi_clone") }
        }!
        let heard = (positions[clone.mmsi[0]] ?? []).filter { $0.time >= clone.start && $0.time <= clone.end }
        let far = zip(heard, heard.dropFirst()).contains { a, b in
            a.point.distanceNauticalMiles(to: b.point) > 100 && b.time - a.time < 3600
        }
        #expect(far)
    }
}
