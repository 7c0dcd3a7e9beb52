import Geo

/// Cheap distance tests that give the same answer as the great circle (`GeoPoint.distanceMetres`)
/// and fall back to it only when they cannot tell.
///
/// The estimate is equirectangular: degrees of latitude and of longitude (scaled by the cosine of
/// the mean latitude, from a polynomial instead of `cos`) on a plane, times metres per degree of
/// the same sphere `Geo` uses. Up to 20 km apart and 75° of latitude it is within 0.2 % of the
/// great circle (the longitude scale drifts by about the latitude difference times its tangent);
/// the tests below leave it a margin of 1 % or 5 % and compute the great circle inside the margin,
/// so their answers are the great circle's.
enum PlanarDistance {
    /// Metres per degree on the sphere of `Geo.earthRadiusMetres`.
    static let metresPerDegree = Geo.earthRadiusMetres * Double.pi / 180

    /// cos of `degrees` for |degrees| ≤ 75: Taylor series to x¹², truncation error below 1e-9.
    @inline(__always) static func cosine(degrees: Double) -> Double {
        let x = degrees * (Double.pi / 180)
        let x2 = x * x
        var s = -1.0 / 479_001_600
        s = s * x2 + 1.0 / 3_628_800
        s = s * x2 - 1.0 / 40_320
        s = s * x2 + 1.0 / 720
        s = s * x2 - 1.0 / 24
        s = s * x2 + 1.0 / 2
        return 1 - s * x2
    }

    /// The equirectangular estimate in metres, or nil where it is not trusted (beyond 75° of
    /// latitude).
    @inline(__always) static func estimateMetres(_ a: GeoPoint, _ b: GeoPoint) -> Double? {
        guard abs(a.latitude) < 75, abs(b.latitude) < 75 else { return nil }
        var dLon = abs(b.longitude - a.longitude)
        if dLon > 180 { dLon = 360 - dLon }
        let dLat = b.latitude - a.latitude
        let x = dLon * cosine(degrees: (a.latitude + b.latitude) / 2)
        return metresPerDegree * (dLat * dLat + x * x).squareRoot()
    }

    /// Whether `a` and `b` are at most `metres` apart on the great circle: exactly
    /// `a.distanceMetres(to: b) <= metres`.
    @inline(__always) static func within(_ a: GeoPoint, _ b: GeoPoint, metres: Double) -> Bool {
        if let e = estimateMetres(a, b) {
            if e < metres * 0.99 { return true }
            if e > metres * 1.01 { return false }
        }
        return a.distanceMetres(to: b) <= metres
    }

    /// A number at least the great-circle distance between `a` and `b`, in metres.
    @inline(__always) static func upperBoundMetres(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        if let e = estimateMetres(a, b), e < 20_000 { return e * 1.05 + 1 }
        return a.distanceMetres(to: b) * (1 + 1e-9) + 1e-6
    }
}
