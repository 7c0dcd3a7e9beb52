import Geo

/// One vessel's cached distance to something that does not move (the shore, the nearest port).
///
/// The cache holds at a point: while the vessel stays within the tolerance of it, the distance
/// there is the answer (so the answer depends only on the positions seen, as it always has). The
/// distance at a new point is measured only when a caller needs its value, or needs to compare it
/// with a threshold and cannot tell from the last measurement: a distance to a fixed set changes by
/// at most as much as the vessel moved (1-Lipschitz), so a vessel measured 50 nm from shore is
/// still more than 20 nm off after moving 1 nm, without measuring again.
struct DistanceCache: Sendable {
    /// Where the cached distance holds; latitude 999 before the first position.
    private(set) var point = GeoPoint(latitude: 999, longitude: 999)
    /// The distance at `point`; nan while not measured there.
    private var measured = Double.nan
    /// The last point measured, and what was found there.
    private var anchor = GeoPoint(latitude: 999, longitude: 999)
    private var anchorValue = Double.nan

    /// Moves the cache to `p` unless `p` is within `tolerance` metres (great circle) of where it
    /// holds.
    @inline(__always) mutating func move(to p: GeoPoint, tolerance: Double) {
        if point.latitude < 900, PlanarDistance.within(point, p, metres: tolerance) { return }
        point = p
        measured = .nan
    }

    /// The distance at ``point``, measured with `measure` if it has not been.
    @inline(__always) mutating func value(_ measure: (GeoPoint) -> Double) -> Double {
        if measured.isNaN {
            measured = measure(point)
            anchor = point
            anchorValue = measured
        }
        return measured
    }

    /// Whether the distance at ``point`` is greater than `threshold`: the same answer as
    /// `value(measure) > threshold`.
    ///
    /// - Parameters:
    ///   - relativeError: how far `measure` may be from the true distance, as a fraction (0 for
    ///     an exact great-circle measure).
    ///   - unit: metres per unit of the distances (1852 for nautical miles).
    ///   - limit: `measure` answers infinity for distances beyond this (in the same unit).
    mutating func exceeds(
        _ threshold: Double,
        relativeError e: Double,
        unit: Double,
        limit: Double,
        _ measure: (GeoPoint) -> Double
    ) -> Bool {
        if !measured.isNaN { return measured > threshold }
        if anchor.latitude < 900 {
            let moved = PlanarDistance.upperBoundMetres(anchor, point) / unit
            let slack = threshold * 1e-7 + 1e-9
            // The true distance at the anchor, then at the point; the measure within e of it.
            let trueLow = (anchorValue.isInfinite ? limit : anchorValue) / (1 + e) - moved
            if (1 - e) * trueLow > threshold + slack { return true }
            if anchorValue.isFinite, (1 + e) * (anchorValue / (1 - e) + moved) < threshold - slack, threshold < limit {
                return false
            }
        }
        return value(measure) > threshold
    }
}
