import Geo
import Picture
import Testing

/// `MaritimePicture.setZones(_:)`: the zone set replaced while vessels and detectors keep their state.
@Suite struct SetZonesTests {
    static func box(_ id: String, west: Double) -> Zone {
        Zone(
            id: id,
            name: "Box \(id)",
            shape: MultiPolygon([
                Polygon(outer: [
                    GeoPoint(latitude: 25, longitude: west), GeoPoint(latitude: 25, longitude: west + 1),
                    GeoPoint(latitude: 26, longitude: west + 1), GeoPoint(latitude: 26, longitude: west),
                ])
            ])
        )
    }

    static let mmsi: UInt32 = 413_000_001
    static let t0 = Track.t0

    /// Feeds one position of the test vessel at 25.5°N, `lon`, `minutes` after t0, at 10 kn (neither
    /// loitering nor an encounter candidate); returns the updates. Steps stay under 50 kn.
    static func feed(_ picture: inout MaritimePicture, lon: Double, minutes: Double) -> [EventUpdate] {
        let fix = Fix(
            time: t0 + Milliseconds(minutes * 60_000),
            point: GeoPoint(latitude: 25.5, longitude: lon),
            speedKnots: 10
        )
        picture.ingest(position: fix, mmsi: mmsi)
        return picture.takeUpdates()
    }

    @Test func aKeptZoneKeepsTheVisitAndItsEntryTime() throws {
        var picture = MaritimePicture(zones: ZoneSet([Self.box("a", west: 125)]))
        _ = Self.feed(&picture, lon: 124.95, minutes: 0)
        let entered = Self.feed(&picture, lon: 125.05, minutes: 10)
        #expect(entered.map(\.action) == [.started])
        picture.setZones(ZoneSet([Self.box("b", west: 130), Self.box("a", west: 125)]))
        #expect(picture.takeUpdates().isEmpty)
        _ = Self.feed(&picture, lon: 125.1, minutes: 40)
        let left = Self.feed(&picture, lon: 124.95, minutes: 60)
        let entry = try #require(left.first { $0.event.type == .zoneEntry && $0.action == .ended }?.event)
        #expect(entry.start == Self.t0 + 10 * 60_000)
        #expect(entry.end == Self.t0 + 40 * 60_000)
        #expect(entry.zone == "a")
        #expect(entry.detail("open") == nil)
        #expect(left.contains { $0.event.type == .zoneExit && $0.event.zone == "a" })
        // The other detectors' and the vessel's state went on: four positions, one segment.
        #expect(picture.vessel(Self.mmsi)?.positions == 4)
        #expect(picture.vessel(Self.mmsi)?.segments == 1)
    }

    @Test func aRemovedZoneEndsTheVisitOpenAndWithoutExit() throws {
        var picture = MaritimePicture(zones: ZoneSet([Self.box("a", west: 125)]))
        _ = Self.feed(&picture, lon: 124.95, minutes: 0)
        _ = Self.feed(&picture, lon: 125.05, minutes: 10)
        _ = Self.feed(&picture, lon: 125.1, minutes: 20)
        picture.setZones(ZoneSet([Self.box("b", west: 130)]))
        let closed = picture.takeUpdates()
        #expect(closed.count == 1)
        let entry = try #require(closed.first)
        #expect(entry.action == .ended)
        #expect(entry.event.type == .zoneEntry)
        #expect(entry.event.zone == "a")
        #expect(entry.event.end == Self.t0 + 20 * 60_000)
        #expect(entry.event.detail("open") == .bool(true))
        // Leaving the old area afterwards is not an exit from a zone no longer watched.
        #expect(Self.feed(&picture, lon: 124.95, minutes: 40).isEmpty)
        picture.finish()
        #expect(picture.takeUpdates().isEmpty)
    }

    @Test func aVesselInsideANewZoneWasNotSeenEnteringButItsExitCounts() throws {
        var picture = MaritimePicture(zones: ZoneSet())
        _ = Self.feed(&picture, lon: 125.05, minutes: 0)
        picture.setZones(ZoneSet([Self.box("a", west: 125)]))
        #expect(picture.takeUpdates().isEmpty)
        #expect(Self.feed(&picture, lon: 125.1, minutes: 10).isEmpty)
        let left = Self.feed(&picture, lon: 124.95, minutes: 30)
        #expect(left.map(\.event.type) == [.zoneExit])
        let exit = try #require(left.first?.event)
        #expect(exit.start == Self.t0 + 10 * 60_000)
        #expect(exit.detail("dwell_s") == .integer(600))
    }

    @Test func aVesselEnteringANewZoneAfterTheChangeIsAnEntry() {
        var picture = MaritimePicture(zones: ZoneSet())
        _ = Self.feed(&picture, lon: 124.95, minutes: 0)
        picture.setZones(ZoneSet([Self.box("a", west: 125)]))
        let entered = Self.feed(&picture, lon: 125.05, minutes: 10)
        #expect(entered.map(\.action) == [.started])
        #expect(picture.zones.zones.map(\.id) == ["a"])
    }
}
