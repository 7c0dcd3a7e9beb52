import Foundation
import Geo
import KizunaTesting
import Testing

@testable import Picture

/// The shortcuts of the hot path give exactly the answers of the slow, obvious computation.
@Suite struct FastPathTests {
    /// Seeded draws in 0..<1, so that failures repeat.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func next() -> Double { Double.random(in: 0..<1, using: &generator) }
    }

    @Test func withinAgreesWithTheGreatCircleAroundTheThreshold() {
        var random = Random(state: 1)
        for _ in 0..<200_000 {
            let a = GeoPoint(latitude: random.next() * 140 - 70, longitude: random.next() * 360 - 180)
            // Mostly 90–110 m apart, some far, across the antimeridian too.
            let metres = random.next() < 0.9 ? 90 + random.next() * 20 : random.next() * 3_000_000
            let b = a.destination(distanceMetres: metres, bearingDegrees: random.next() * 360)
            let exact = a.distanceMetres(to: b) <= 100
            #expect(PlanarDistance.within(a, b, metres: 100) == exact, "\(a) \(b)")
            #expect(PlanarDistance.upperBoundMetres(a, b) >= a.distanceMetres(to: b))
        }
    }

    @Test func cachedThresholdsAgreeWithMeasuringEveryTime() {
        // A vessel wandering 0–60 nm off Track's north–south shore, in steps of 20 m to 5 km, with a
        // port on the shore: one context answers through the shortcuts, the other measures.
        let ports = [Port(name: "Shore port", country: "JPN", latitude: 25, longitude: 124)]
        var fast = DetectorContext(coastline: Track.shore, ports: ports)
        var slow = DetectorContext(coastline: Track.shore, ports: ports)
        fast.addVessel()
        slow.addVessel()
        var random = Random(state: 7)
        var p = Track.offshore(30)
        var decided = 0
        for step in 0..<20_000 {
            let metres = random.next() < 0.8 ? 20 + random.next() * 400 : random.next() * 5_000
            var q = p.destination(distanceMetres: metres, bearingDegrees: random.next() * 360)
            let offshore = q.distanceNauticalMiles(to: GeoPoint(latitude: q.latitude, longitude: 124))
            if q.longitude < 124 || offshore > 60 || abs(q.latitude - 25) > 2 { q = Track.offshore(30) }
            p = q
            for limit in [2.0, 20.0, 29.9] {
                let expected = slow.shoreNauticalMiles(vessel: 0, at: p) > limit
                #expect(fast.isFromShore(vessel: 0, at: p, moreThan: limit) == expected, "step \(step)")
            }
            let expectedPort = slow.portMetres(vessel: 0, at: p) > 55_000
            #expect(fast.isFromPorts(vessel: 0, at: p, moreThan: 55_000) == expectedPort, "step \(step)")
            if step % 97 == 0 {
                // The gap rule reads the value itself: the same number as measuring every time.
                #expect(fast.shoreNauticalMiles(vessel: 0, at: p) == slow.shoreNauticalMiles(vessel: 0, at: p))
                decided += 1
            }
        }
        #expect(decided > 100)
    }

    @Test func zoneRastersAgreeWithThePolygons() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Data/zones/default-zones.geojson")
        let zones = try ZoneSet.load(geoJSON: Array(try Data(contentsOf: path)))
        try #require(zones.zones.count >= 4)
        var box = BoundingBox(points: [])
        for z in zones.zones { box.extend(z.shape.bounds) }
        // Random points over all the zones, and points a cell or two off their vertices, where a
        // raster cell judged wholly inside or outside is closest to an edge.
        var random = Random(state: 3)
        var points: [GeoPoint] = (0..<4_000).map { _ in
            GeoPoint(
                latitude: box.minLatitude - 0.05 + (box.maxLatitude - box.minLatitude + 0.1) * random.next(),
                longitude: box.minLongitude - 0.05 + (box.maxLongitude - box.minLongitude + 0.1) * random.next()
            )
        }
        for z in zones.zones {
            let ring = z.shape.polygons[0].outer
            for k in stride(from: 0, to: ring.count, by: max(1, ring.count / 500)) {
                let d = (0.004 + 0.008 * random.next()) * (random.next() < 0.5 ? -1 : 1)
                let e = (0.004 + 0.008 * random.next()) * (random.next() < 0.5 ? -1 : 1)
                points.append(GeoPoint(latitude: ring[k].latitude + d, longitude: ring[k].longitude + e))
            }
        }
        var inside = 0
        for p in points {
            let expected = zones.zones.indices.filter { zones.zones[$0].shape.contains(p) }
            #expect(zones.containing(p) == expected, "\(p)")
            inside += expected.count
        }
        #expect(inside > 1000, "the grid should cross the zones")
        #expect(zones.containing(GeoPoint(latitude: .nan, longitude: 124)).isEmpty)
    }
}
