import Geo
import Testing

@Suite struct PolygonTests {
    let square = Polygon(
        outer: [
            GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 2),
            GeoPoint(latitude: 2, longitude: 2), GeoPoint(latitude: 2, longitude: 0),
        ],
        holes: [
            [
                GeoPoint(latitude: 0.5, longitude: 0.5), GeoPoint(latitude: 0.5, longitude: 1),
                GeoPoint(latitude: 1, longitude: 1), GeoPoint(latitude: 1, longitude: 0.5),
            ]
        ]
    )

    @Test func insideOutsideAndHole() {
        #expect(square.contains(GeoPoint(latitude: 1.5, longitude: 1.5)))
        #expect(!square.contains(GeoPoint(latitude: 0.75, longitude: 0.75)))
        #expect(!square.contains(GeoPoint(latitude: 2.5, longitude: 1)))
        #expect(!square.contains(GeoPoint(latitude: 1, longitude: -0.1)))
    }

    @Test func distanceToPolygonAndLine() {
        #expect(square.distanceMetres(from: GeoPoint(latitude: 1.5, longitude: 1.5)) == 0)
        // 0.1° of latitude south of the south edge: 11,119.5 m on the 6,371.0088 km sphere.
        let d = square.distanceMetres(from: GeoPoint(latitude: -0.1, longitude: 1))
        #expect(abs(d - 11_119.5) < 5)
        // Inside the hole: distance to the hole's edge.
        let h = square.distanceMetres(from: GeoPoint(latitude: 0.75, longitude: 0.75))
        #expect(abs(h - 27_798.8) < 30)
        let line = LineString(points: [GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 1)])
        #expect(abs(line.distanceMetres(from: GeoPoint(latitude: 0.05, longitude: 0.5)) - 5_559.7) < 3)
        #expect(abs(line.distanceMetres(from: GeoPoint(latitude: 0, longitude: 1.1)) - 11_119.5) < 5)
    }

    @Test(arguments: [3.0, 12, 24])
    func pointBufferIsACircle(nm: Double) {
        let centre = GeoPoint(latitude: 25.75, longitude: 123.5)
        let zone = Geo.buffer([.point(centre)], nauticalMiles: nm, resolutionNauticalMiles: 0.1)
        #expect(zone.polygons.count == 1)
        for p in zone.polygons[0].outer { #expect(abs(centre.distanceNauticalMiles(to: p) - nm) < 0.02) }
        for bearing in stride(from: 0.0, to: 360, by: 15) {
            #expect(zone.contains(centre.destination(nauticalMiles: nm - 0.1, bearingDegrees: bearing)))
            #expect(!zone.contains(centre.destination(nauticalMiles: nm + 0.1, bearingDegrees: bearing)))
        }
    }

    @Test func buffersMergeOrStaySeparate() {
        let a = GeoPoint(latitude: 25, longitude: 123)
        let near = a.destination(nauticalMiles: 20, bearingDegrees: 90)
        let far = a.destination(nauticalMiles: 30, bearingDegrees: 90)
        #expect(
            Geo.buffer([.point(a), .point(near)], nauticalMiles: 12, resolutionNauticalMiles: 0.2).polygons.count == 1
        )
        #expect(
            Geo.buffer([.point(a), .point(far)], nauticalMiles: 12, resolutionNauticalMiles: 0.2).polygons.count == 2
        )
    }

    @Test func polygonBufferHoldsThePolygonAndItsMargin() {
        let zone = Geo.buffer([.polygon(square)], nauticalMiles: 5, resolutionNauticalMiles: 0.5)
        #expect(zone.contains(GeoPoint(latitude: 1, longitude: 1)))
        #expect(!zone.contains(GeoPoint(latitude: 0.75, longitude: 0.75)))  // 15 nm from the hole's edge: still a hole
        #expect(zone.contains(GeoPoint(latitude: 0.75, longitude: 0.5 + 4.0 / 60)))  // 4 nm into the hole
        #expect(zone.polygons.first?.holes.count == 1)
        #expect(zone.contains(GeoPoint(latitude: -4.5 / 60, longitude: 1)))
        #expect(!zone.contains(GeoPoint(latitude: -5.5 / 60, longitude: 1)))
    }

    @Test func aRingBufferHasAHole() {
        // A ring of points 30 nm round, buffered by 5 nm, leaves the middle out.
        let c = GeoPoint(latitude: 30, longitude: 130)
        let ring = stride(from: 0.0, to: 360, by: 5).map { c.destination(nauticalMiles: 30, bearingDegrees: $0) }
        let zone = Geo.buffer(ring.map { .point($0) }, nauticalMiles: 5, resolutionNauticalMiles: 0.25)
        #expect(zone.polygons.count == 1)
        #expect(zone.polygons[0].holes.count == 1)
        #expect(!zone.contains(c))
        #expect(zone.contains(ring[0]))
    }

    @Test func shapeIndexFindsCandidates() {
        var index = ShapeGridIndex(cellDegrees: 0.5)
        index.insert(7, bounds: square.bounds)
        #expect(index.candidates(at: GeoPoint(latitude: 1, longitude: 1)) == [7])
        #expect(index.candidates(at: GeoPoint(latitude: 5, longitude: 5)).isEmpty)
    }

    @Test func pointIndexFindsNeighbours() {
        var index = PointGridIndex(cellDegrees: 0.01)
        let p = GeoPoint(latitude: 30, longitude: 125)
        index.update(1, at: p)
        index.update(2, at: p.destination(distanceMetres: 400, bearingDegrees: 45))
        index.update(3, at: p.destination(distanceMetres: 600, bearingDegrees: 45))
        #expect(Set(index.near(p, metres: 500).map(\.id)) == [1, 2])
        index.update(3, at: p.destination(distanceMetres: 100, bearingDegrees: 0))
        index.remove(2)
        #expect(Set(index.near(p, metres: 500).map(\.id)) == [1, 3])
    }
}

@Suite struct CoastlineTests {
    @Test func distanceToAStraightShore() {
        // A north–south shore along 124°E.
        let shore = LineString(points: (0...20).map { GeoPoint(latitude: 20 + Double($0) * 0.5, longitude: 124) })
        let index = CoastlineIndex(lines: [shore])
        for nm in [0.5, 20, 50, 120] {
            let p = GeoPoint(latitude: 25, longitude: 124).destination(nauticalMiles: nm, bearingDegrees: 90)
            #expect(abs(index.distanceNauticalMiles(from: p) - nm) < 0.05 * max(1, nm / 10))
        }
        #expect(index.distanceNauticalMiles(from: GeoPoint(latitude: 25, longitude: 140)) == .infinity)
    }

    @Test func geoJSONLines() throws {
        let text = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},
            "geometry":{"type":"MultiLineString","coordinates":[[[124,25],[124,26]],[[125,25],[125.5,25]]]}}]}
            """
        let index = try CoastlineIndex.load(geoJSON: Array(text.utf8))
        #expect(index.segmentCount == 2)
        let d = index.distanceNauticalMiles(from: GeoPoint(latitude: 25.5, longitude: 124.1))
        #expect(abs(d - 5.41) < 0.05)
    }

    @Test func badJSONIsAnError() {
        #expect(throws: JSONParseError.self) { try GeoJSON.features(Array("{\"type\": ".utf8)) }
    }
}
