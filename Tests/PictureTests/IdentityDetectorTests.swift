import Geo
import Picture
import Testing

@Suite struct IdentityDetectorTests {
    func kinds(_ events: [PictureEvent]) -> [String] {
        events.compactMap { if case .string(let k)? = $0.detail("kind") { return k } else { return nil } }
    }

    func jump(nauticalMiles: Double, hours: Double) -> [String] {
        var track = Track()
        let p = Track.offshore(60)
        track.add(431_000_001, at: p, minutes: 0, knots: 10)
        track.add(
            431_000_001,
            at: p.destination(nauticalMiles: nauticalMiles, bearingDegrees: 45),
            minutes: hours * 60,
            knots: 10
        )
        var picture = Track.picture()
        return kinds(track.events(.identity, in: &picture))
    }

    @Test func impliedSpeedAboveFiftyKnots() {
        #expect(jump(nauticalMiles: 51, hours: 1) == ["implied_speed"])
        #expect(jump(nauticalMiles: 49, hours: 1).isEmpty)
    }

    @Test func oneMMSIInTwoPlaces() {
        var track = Track()
        let a = Track.offshore(60)
        let b = a.destination(nauticalMiles: 100, bearingDegrees: 0)
        for i in 0..<12 {
            track.add(431_000_001, at: a, minutes: Double(i) * 10, knots: 5)
            track.add(431_000_001, at: b, minutes: Double(i) * 10 + 5, knots: 5)
        }
        var picture = Track.picture()
        let found = kinds(track.events(.identity, in: &picture))
        #expect(found == ["two_places"])  // one anomaly, not also an implied-speed event
        #expect(picture.statistics.ghostPositions >= 10)
    }

    @Test(arguments: [
        (UInt32(123_456_789), "invalid_mmsi"), (200_000_001, "invalid_mid"), (431_000_001, nil),
        (412_123_456, nil),
    ])
    func invalidMMSI(mmsi: UInt32, kind: String?) {
        var track = Track()
        track.add(mmsi, at: Track.offshore(60), minutes: 0, knots: 5)
        var picture = Track.picture()
        #expect(kinds(track.events(.identity, in: &picture)) == (kind.map { [$0] } ?? []))
    }

    @Test func changesOfNameCallSignAndIMO() {
        var picture = Track.picture()
        picture.ingest(
            identity: VesselIdentity(name: "KAIYO MARU", callSign: "JABC", imo: 9_000_001),
            mmsi: 431_000_001,
            time: Track.t0
        )
        picture.ingest(identity: VesselIdentity(name: "KAIYO MARU"), mmsi: 431_000_001, time: Track.t0 + 1000)
        #expect(!picture.hasUpdates)
        picture.ingest(
            identity: VesselIdentity(name: "SEA STAR", callSign: "JXYZ", imo: 9_000_002),
            mmsi: 431_000_001,
            time: Track.t0 + 2000
        )
        picture.finish()
        let ended = picture.takeUpdates().filter { $0.action == .ended }.map(\.event)
        #expect(Set(kinds(ended)) == ["name_change", "call_sign_change", "imo_change"])
        #expect(ended.first { $0.detail("kind") == .string("name_change") }?.detail("old") == .string("KAIYO MARU"))
        #expect(picture.vessel(431_000_001)?.identity.name == "SEA STAR")
    }
}
