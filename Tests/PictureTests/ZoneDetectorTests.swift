import Geo
import Picture
import Testing

@Suite struct ZoneDetectorTests {
    static let zones = ZoneSet([
        Zone(
            id: "box",
            name: "Test box",
            shape: MultiPolygon([
                Polygon(outer: [
                    GeoPoint(latitude: 25, longitude: 125), GeoPoint(latitude: 25, longitude: 126),
                    GeoPoint(latitude: 26, longitude: 126), GeoPoint(latitude: 26, longitude: 125),
                ])
            ])
        )
    ])

    @Test func entryAndExitWithDwell() throws {
        var track = Track()
        track.add(413_000_001, at: GeoPoint(latitude: 25.5, longitude: 124.9), minutes: 0, knots: 10)
        track.add(413_000_001, at: GeoPoint(latitude: 25.5, longitude: 125.1), minutes: 10, knots: 10)
        track.add(413_000_001, at: GeoPoint(latitude: 25.5, longitude: 125.9), minutes: 70, knots: 10)
        track.add(413_000_001, at: GeoPoint(latitude: 25.5, longitude: 126.1), minutes: 80, knots: 10)
        var picture = Track.picture(coast: false, zones: Self.zones)
        let updates = track.run(&picture).filter { $0.event.type == .zoneEntry || $0.event.type == .zoneExit }
        let started = try #require(updates.first)
        #expect(started.action == .started)
        #expect(started.event.type == .zoneEntry)
        #expect(started.event.start == Track.t0 + 10 * 60_000)
        let entry = try #require(updates.first { $0.action == .ended && $0.event.type == .zoneEntry }?.event)
        #expect(entry.zone == "box")
        #expect(entry.end == Track.t0 + 70 * 60_000)
        #expect(entry.detail("dwell_s") == .integer(3600))
        let exit = try #require(updates.first { $0.event.type == .zoneExit }?.event)
        #expect(exit.start == Track.t0 + 70 * 60_000)
        #expect(exit.end == Track.t0 + 80 * 60_000)
        #expect(exit.json.contains("\"zone\":\"box\""))
    }

    @Test func justOutsideNeverEnters() {
        var track = Track()
        track.stay(
            413_000_001,
            at: GeoPoint(latitude: 25.5, longitude: 124.999),
            fromMinutes: 0,
            toMinutes: 60,
            knots: 5
        )
        var picture = Track.picture(coast: false, zones: Self.zones)
        #expect(track.run(&picture).filter { $0.event.type == .zoneEntry }.isEmpty)
        #expect(picture.zones(containing: GeoPoint(latitude: 25.5, longitude: 125.001)) == ["box"])
    }

    @Test func aVisitStillOpenAtTheEndIsEnded() {
        var track = Track()
        track.add(413_000_001, at: GeoPoint(latitude: 25.5, longitude: 124.9), minutes: 0, knots: 5)
        track.stay(
            413_000_001,
            at: GeoPoint(latitude: 25.5, longitude: 125.5),
            fromMinutes: 10,
            toMinutes: 30,
            knots: 5
        )
        var picture = Track.picture(coast: false, zones: Self.zones)
        let ended = track.events(.zoneEntry, in: &picture)
        #expect(ended.count == 1)
        #expect(ended.first?.detail("open") == .bool(true))
    }

    @Test func insideWhenFirstHeardIsNoEntryButItsExitCounts() {
        var track = Track()
        track.stay(413_000_001, at: GeoPoint(latitude: 25.5, longitude: 125.5), fromMinutes: 0, toMinutes: 30, knots: 5)
        track.add(413_000_001, at: GeoPoint(latitude: 25.5, longitude: 126.1), minutes: 40, knots: 5)
        var picture = Track.picture(coast: false, zones: Self.zones)
        let updates = track.run(&picture)
        #expect(updates.filter { $0.event.type == .zoneEntry }.isEmpty)
        #expect(updates.filter { $0.event.type == .zoneExit }.count == 1)
    }

    @Test func zonesFromGeoJSON() throws {
        let text = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"a","properties":{"name":"Alpha"},"geometry":{"type":"Polygon",
             "coordinates":[[[125,25],[126,25],[126,26],[125,26],[125,25]],[[125.4,25.4],[125.6,25.4],[125.6,25.6],[125.4,25.6],[125.4,25.4]]]}},
            {"type":"Feature","properties":{"id":"b"},"geometry":{"type":"MultiPolygon",
             "coordinates":[[[[127,25],[128,25],[128,26],[127,25]]]]}},
            {"type":"Feature","properties":{"name":"a point"},"geometry":{"type":"Point","coordinates":[1,2]}}]}
            """
        let set = try ZoneSet.load(geoJSON: Array(text.utf8))
        #expect(set.zones.map(\.id) == ["a", "b"])
        #expect(set.zones[0].name == "Alpha")
        #expect(set.containing(GeoPoint(latitude: 25.2, longitude: 125.2)) == [0])
        #expect(set.containing(GeoPoint(latitude: 25.5, longitude: 125.5)).isEmpty)  // the hole
        #expect(set.containing(GeoPoint(latitude: 25.2, longitude: 127.8)) == [1])
    }
}
