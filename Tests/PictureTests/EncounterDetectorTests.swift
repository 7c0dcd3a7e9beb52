import Geo
import Picture
import Testing

@Suite struct EncounterDetectorTests {
    func encounters(
        hours: Double,
        metres: Double = 300,
        knots: Double = 1,
        portKilometres: Double? = nil
    ) -> [PictureEvent] {
        let a = Track.offshore(30)
        let b = a.destination(distanceMetres: metres, bearingDegrees: 90)
        var track = Track()
        track.stay(412_000_001, at: a, fromMinutes: 0, toMinutes: hours * 60, knots: knots)
        track.stay(636_000_002, at: b, fromMinutes: 0, toMinutes: hours * 60, knots: knots)
        var ports: [Port] = []
        if let km = portKilometres {
            let p = a.destination(distanceMetres: km * 1000, bearingDegrees: 270)
            ports = [Port(name: "Test", country: "JPN", latitude: p.latitude, longitude: p.longitude)]
        }
        var picture = Track.picture(ports: ports)
        return track.events(.encounter, in: &picture)
    }

    @Test func twoHoursSideBySideIsAnEncounter() throws {
        let found = encounters(hours: 2.1)
        try #require(found.count == 1)
        #expect(found[0].mmsi == [412_000_001, 636_000_002])
        #expect(found[0].end - found[0].start == 126 * 60_000)
    }

    @Test func underTwoHoursIsNot() { #expect(encounters(hours: 1.9).isEmpty) }

    @Test func fiveHundredMetres() {
        #expect(encounters(hours: 3, metres: 450).count == 1)
        #expect(encounters(hours: 3, metres: 550).isEmpty)
    }

    @Test func medianSpeedUnderTwoKnots() {
        #expect(encounters(hours: 3, knots: 1.9).count == 1)
        #expect(encounters(hours: 3, knots: 2.1).isEmpty)
    }

    @Test func tenKilometresFromPort() {
        #expect(encounters(hours: 3, portKilometres: 11).count == 1)
        #expect(encounters(hours: 3, portKilometres: 9).isEmpty)
    }

    @Test func aShortAISOutageDoesNotSplitIt() throws {
        let a = Track.offshore(30)
        let b = a.destination(distanceMetres: 200, bearingDegrees: 0)
        var track = Track()
        track.stay(412_000_001, at: a, fromMinutes: 0, toMinutes: 240, knots: 0.5)
        track.stay(636_000_002, at: b, fromMinutes: 0, toMinutes: 90, knots: 0.5)
        track.stay(636_000_002, at: b, fromMinutes: 150, toMinutes: 240, knots: 0.5)
        var picture = Track.picture()
        let found = track.events(.encounter, in: &picture)
        try #require(found.count == 1)
        let duration: Milliseconds = found[0].end - found[0].start
        #expect(duration == 240 * 60_000)
    }
}
