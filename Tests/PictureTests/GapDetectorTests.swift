import Geo
import Picture
import Testing

@Suite struct GapDetectorTests {
    /// Vessel 1 reports for 2 h, falls silent for `silenceHours`, then reports again; vessel 2
    /// (when `witness`) reports 5 nm away all the time, so the area is well received.
    func gaps(silenceHours: Double, shoreNM: Double = 60, witness: Bool = true) -> [PictureEvent] {
        var track = Track()
        let p = Track.offshore(shoreNM)
        track.stay(431_000_001, at: p, fromMinutes: 0, toMinutes: 120, everyMinutes: 10, knots: 10)
        let back = 120 + silenceHours * 60
        track.stay(431_000_001, at: p, fromMinutes: back, toMinutes: back + 60, everyMinutes: 10, knots: 10)
        if witness {
            let q = Track.offshore(shoreNM, north: 5)
            track.stay(431_000_002, at: q, fromMinutes: 0, toMinutes: back + 60, everyMinutes: 10, knots: 10)
        }
        var picture = Track.picture()
        return track.events(.gap, in: &picture)
    }

    @Test func twelveHoursAndMoreIsAGap() throws {
        let found = gaps(silenceHours: 12.1)
        try #require(found.count == 1)
        #expect(found[0].mmsi == [431_000_001])
        #expect(found[0].start == Track.t0 + 120 * 60_000)
        #expect(found[0].end == Track.t0 + Milliseconds((120 + 12.1 * 60) * 60_000))
    }

    @Test func underTwelveHoursIsNot() {
        #expect(gaps(silenceHours: 11.9).isEmpty)
    }

    @Test func nearerThanFiftyMilesFromShoreIsNot() {
        #expect(gaps(silenceHours: 13, shoreNM: 49).isEmpty)
        #expect(gaps(silenceHours: 13, shoreNM: 51).count == 1)
    }

    @Test func crossingAHoleInCoverageIsNot() {
        // Heard at both ends (other ships there all the time), nobody heard along the 200 nm between.
        var track = Track()
        let a = Track.offshore(60)
        let b = a.destination(nauticalMiles: 200, bearingDegrees: 90)
        track.stay(431_000_001, at: a, fromMinutes: 0, toMinutes: 60, everyMinutes: 10, knots: 14)
        track.stay(431_000_001, at: b, fromMinutes: 15 * 60, toMinutes: 16 * 60, everyMinutes: 10, knots: 14)
        track.stay(431_000_002, at: a, fromMinutes: 0, toMinutes: 16 * 60, everyMinutes: 10, knots: 10)
        track.stay(431_000_003, at: b, fromMinutes: 0, toMinutes: 16 * 60, everyMinutes: 10, knots: 10)
        var picture = Track.picture()
        #expect(track.events(.gap, in: &picture).isEmpty)
    }

    @Test func aHoleInCoverageIsNot() {
        #expect(gaps(silenceHours: 13, witness: false).isEmpty)
    }

    @Test func liveGapStartsBeforeTheVesselReappears() {
        var track = Track()
        let p = Track.offshore(60)
        track.stay(431_000_001, at: p, fromMinutes: 0, toMinutes: 60, everyMinutes: 10, knots: 10)
        track.stay(431_000_001, at: p, fromMinutes: 20 * 60, toMinutes: 20 * 60, knots: 10)
        track.stay(
            431_000_002,
            at: Track.offshore(60, north: 3),
            fromMinutes: 0,
            toMinutes: 20 * 60,
            everyMinutes: 10,
            knots: 10
        )
        var picture = Track.picture()
        let updates = track.run(&picture).filter { $0.event.type == .gap }
        let started = try? #require(updates.first { $0.action == .started })
        #expect(started != nil)
        #expect(started!.event.end < Track.t0 + 20 * 3_600_000)
        #expect(updates.last?.action == .ended)
        #expect(updates.last?.event.id == started?.event.id)
    }
}
