#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A position on the Earth: latitude and longitude in degrees (WGS 84).
///
/// Latitude is positive north (−90…90), longitude positive east (−180…180). Distances use a
/// sphere of radius ``Geo/earthRadiusMetres``; over the few hundred kilometres that matter for
/// AIS the spherical error against the ellipsoid is at most about 0.5 %.
public struct GeoPoint: Hashable, Sendable {
    /// Degrees north of the equator, −90…90.
    public var latitude: Double
    /// Degrees east of Greenwich, −180…180.
    public var longitude: Double

    /// A point from latitude and longitude in degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// Constants and unit conversions shared by the geometry.
public enum Geo {
    /// Mean radius of the Earth in metres (IUGG mean radius R1).
    public static let earthRadiusMetres = 6_371_008.8
    /// One international nautical mile in metres.
    public static let metresPerNauticalMile = 1852.0
    /// Degrees to radians.
    @inlinable public static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
    /// Radians to degrees.
    @inlinable public static func degrees(_ radians: Double) -> Double { radians * 180 / .pi }
    /// Nautical miles to metres.
    @inlinable public static func metres(nauticalMiles: Double) -> Double { nauticalMiles * metresPerNauticalMile }
    /// Metres to nautical miles.
    @inlinable public static func nauticalMiles(metres: Double) -> Double { metres / metresPerNauticalMile }
    /// Knots to metres per second.
    @inlinable public static func metresPerSecond(knots: Double) -> Double { knots * metresPerNauticalMile / 3600 }
    /// Metres per second to knots.
    @inlinable public static func knots(metresPerSecond: Double) -> Double {
        metresPerSecond * 3600 / metresPerNauticalMile
    }

    /// A longitude brought into −180…180.
    @inlinable public static func normalizedLongitude(_ longitude: Double) -> Double {
        var x = longitude.truncatingRemainder(dividingBy: 360)
        if x > 180 { x -= 360 } else if x < -180 { x += 360 }
        return x
    }
}

extension GeoPoint {
    /// Great-circle distance to `other` in metres (haversine formula).
    @inlinable public func distanceMetres(to other: GeoPoint) -> Double {
        let phi1 = Geo.radians(latitude)
        let phi2 = Geo.radians(other.latitude)
        let dPhi = phi2 - phi1
        let dLambda = Geo.radians(other.longitude - longitude)
        let s1 = sin(dPhi / 2)
        let s2 = sin(dLambda / 2)
        let a = s1 * s1 + cos(phi1) * cos(phi2) * s2 * s2
        return 2 * Geo.earthRadiusMetres * asin(min(1, a.squareRoot()))
    }

    /// Great-circle distance to `other` in nautical miles.
    @inlinable public func distanceNauticalMiles(to other: GeoPoint) -> Double {
        distanceMetres(to: other) / Geo.metresPerNauticalMile
    }

    /// Initial bearing (forward azimuth) of the great circle towards `other`, in degrees clockwise
    /// from true north, 0..<360. Zero when the points coincide.
    @inlinable public func initialBearingDegrees(to other: GeoPoint) -> Double {
        let phi1 = Geo.radians(latitude)
        let phi2 = Geo.radians(other.latitude)
        let dLambda = Geo.radians(other.longitude - longitude)
        let y = sin(dLambda) * cos(phi2)
        let x = cos(phi1) * sin(phi2) - sin(phi1) * cos(phi2) * cos(dLambda)
        let theta = Geo.degrees(atan2(y, x))
        let b = (theta + 360).truncatingRemainder(dividingBy: 360)
        return b == 360 ? 0 : b
    }

    /// The point reached by travelling `distanceMetres` along the great circle that starts here
    /// with initial bearing `bearingDegrees` (clockwise from true north).
    @inlinable public func destination(distanceMetres: Double, bearingDegrees: Double) -> GeoPoint {
        let delta = distanceMetres / Geo.earthRadiusMetres
        let theta = Geo.radians(bearingDegrees)
        let phi1 = Geo.radians(latitude)
        let lambda1 = Geo.radians(longitude)
        let sinPhi2 = sin(phi1) * cos(delta) + cos(phi1) * sin(delta) * cos(theta)
        let phi2 = asin(max(-1, min(1, sinPhi2)))
        let y = sin(theta) * sin(delta) * cos(phi1)
        let x = cos(delta) - sin(phi1) * sinPhi2
        let lambda2 = lambda1 + atan2(y, x)
        return GeoPoint(latitude: Geo.degrees(phi2), longitude: Geo.normalizedLongitude(Geo.degrees(lambda2)))
    }

    /// The point reached after `nauticalMiles` on initial bearing `bearingDegrees`.
    @inlinable public func destination(nauticalMiles: Double, bearingDegrees: Double) -> GeoPoint {
        destination(distanceMetres: nauticalMiles * Geo.metresPerNauticalMile, bearingDegrees: bearingDegrees)
    }

    /// The point a fraction `f` (0…1) of the way along the great circle to `other`.
    public func interpolated(to other: GeoPoint, fraction f: Double) -> GeoPoint {
        let d = distanceMetres(to: other)
        if d < 1e-6 { return self }
        return destination(distanceMetres: d * f, bearingDegrees: initialBearingDegrees(to: other))
    }
}
