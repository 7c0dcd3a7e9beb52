/// The kind of shipborne AIS station a vessel carries.
public enum AISStationClass: Sendable, Hashable {
    /// Class A (SOLAS ships): position reports are message types 1–3, static data message 5.
    case a
    /// Class B "CS" (carrier sense, fishing boats and small craft): message 18, static data 24.
    case b
}

/// Autonomous reporting intervals of ITU-R M.1371-5, Annex 1, §4.2.1, Table 1 ("Class A
/// shipborne mobile equipment reporting intervals") and Table 2 ("Reporting intervals for
/// equipment other than Class A"); static and voyage data every 6 minutes (Annex 1, §4.2.1,
/// Table 3; Class B "CS" message 24 at the same interval, IEC 62287-1).
///
/// The simulator does not model course changes, so the shorter "changing course" rows
/// (3⅓ s and 2 s) are not used: a vessel on a new leg keeps its speed's interval.
public enum ReportingInterval {
    /// Seconds between position reports for a station of `stationClass` moving at `speedKnots`.
    ///
    /// - Parameters:
    ///   - atAnchorOrMoored: navigation status 1 (at anchor) or 5 (moored); Table 1 then allows
    ///     3 minutes while the ship is not moving faster than 3 knots.
    public static func positionSeconds(
        _ stationClass: AISStationClass,
        speedKnots: Double,
        atAnchorOrMoored: Bool = false
    ) -> Double {
        switch stationClass {
        case .a:
            if atAnchorOrMoored && speedKnots <= 3 { return 180 }
            if speedKnots <= 14 { return 10 }
            if speedKnots <= 23 { return 6 }
            return 2
        case .b:
            // Class B "CS": 3 minutes when not faster than 2 knots, otherwise 30 seconds.
            return speedKnots <= 2 ? 180 : 30
        }
    }

    /// Seconds between static and voyage-related reports (message 5, or the two parts of 24).
    public static let staticSeconds = 360.0

    /// Seconds between base station reports (message 4), Table 2.
    public static let baseStationSeconds = 10.0
}
