import Geo
import Testing

@Suite struct GreatCircleTests {
    // Reference values: haversine on a 6,371.0088 km sphere, checked against
    // https://www.movable-type.co.uk/scripts/latlong.html (Chris Veness, "Calculate distance,
    // bearing and more between Latitude/Longitude points").
    @Test func oneDegreeOfLatitudeIs60NauticalMilesNearly() {
        let a = GeoPoint(latitude: 25, longitude: 123)
        let b = GeoPoint(latitude: 26, longitude: 123)
        #expect(abs(a.distanceMetres(to: b) - 111_195.08) < 1)
        #expect(abs(a.distanceNauticalMiles(to: b) - 60.04) < 0.01)
        #expect(a.initialBearingDegrees(to: b) == 0)
    }

    @Test func tokyoToNaha() {
        // Tokyo (35.6895 N, 139.6917 E) to Naha (26.2124 N, 127.6809 E): about 1,555 km, bearing ~226°.
        let tokyo = GeoPoint(latitude: 35.6895, longitude: 139.6917)
        let naha = GeoPoint(latitude: 26.2124, longitude: 127.6809)
        let d = tokyo.distanceMetres(to: naha)
        #expect(abs(d - 1_555_000) < 5_000)
        let b = tokyo.initialBearingDegrees(to: naha)
        #expect(b > 220 && b < 232)
    }

    @Test(arguments: [0.0, 45, 90, 135, 180, 225, 270, 315])
    func destinationRoundTrips(bearing: Double) {
        let start = GeoPoint(latitude: 25.7433, longitude: 123.4733)
        let end = start.destination(nauticalMiles: 12, bearingDegrees: bearing)
        #expect(abs(start.distanceNauticalMiles(to: end) - 12) < 1e-6)
        let back = start.initialBearingDegrees(to: end)
        let diff = abs(back - bearing).truncatingRemainder(dividingBy: 360)
        #expect(min(diff, 360 - diff) < 1e-6)
    }

    @Test func antimeridian() {
        let a = GeoPoint(latitude: 0, longitude: 179.5)
        let b = GeoPoint(latitude: 0, longitude: -179.5)
        #expect(abs(a.distanceNauticalMiles(to: b) - 60.04) < 0.01)
        let c = a.destination(distanceMetres: 111_195.08, bearingDegrees: 90)
        #expect(abs(c.longitude - -179.5) < 1e-4)
    }

    @Test func units() {
        #expect(Geo.metres(nauticalMiles: 1) == 1852)
        #expect(abs(Geo.knots(metresPerSecond: Geo.metresPerSecond(knots: 12)) - 12) < 1e-12)
    }
}
