import Geo
import Picture
import Testing

@Suite struct LoiteringDetectorTests {
    func loitering(hours: Double, knots: Double = 1.5, shoreNM: Double = 25) -> [PictureEvent] {
        var track = Track()
        track.stay(431_000_009, at: Track.offshore(shoreNM), fromMinutes: 0, toMinutes: hours * 60, knots: knots)
        var picture = Track.picture()
        return track.events(.loitering, in: &picture)
    }

    @Test func fourHoursSlowFarOutIsLoitering() throws {
        let found = loitering(hours: 4.1)
        try #require(found.count == 1)
        #expect(found[0].end - found[0].start == 246 * 60_000)
        #expect(found[0].detail("average_speed_kn") == .number(1.5))
    }

    @Test func underFourHoursIsNot() { #expect(loitering(hours: 3.9).isEmpty) }

    @Test func averageUnderTwoKnots() {
        #expect(loitering(hours: 5, knots: 1.9).count == 1)
        #expect(loitering(hours: 5, knots: 2.1).isEmpty)
    }

    @Test func twentyMilesFromShore() {
        #expect(loitering(hours: 5, shoreNM: 21).count == 1)
        #expect(loitering(hours: 5, shoreNM: 19).isEmpty)
    }

    @Test func aShortBurstOfSpeedIsAbsorbedALongOneEndsTheRun() {
        var track = Track()
        let p = Track.offshore(30)
        track.stay(431_000_009, at: p, fromMinutes: 0, toMinutes: 120, knots: 1)
        track.stay(431_000_009, at: p, fromMinutes: 126, toMinutes: 138, knots: 3)  // 12 min fast
        track.stay(431_000_009, at: p, fromMinutes: 144, toMinutes: 270, knots: 1)
        var picture = Track.picture()
        #expect(track.events(.loitering, in: &picture).count == 1)

        var broken = Track()
        broken.stay(431_000_009, at: p, fromMinutes: 0, toMinutes: 120, knots: 1)
        broken.stay(431_000_009, at: p, fromMinutes: 126, toMinutes: 180, knots: 3)  // an hour fast
        broken.stay(431_000_009, at: p, fromMinutes: 186, toMinutes: 330, knots: 1)
        var picture2 = Track.picture()
        #expect(broken.events(.loitering, in: &picture2).isEmpty)
    }
}
