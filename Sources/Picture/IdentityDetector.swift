import Geo

/// `identity`: signs that an MMSI does not stand for one honest vessel.
///
/// Kinds (in `details.kind`):
/// - `implied_speed`: two consecutive positions further apart than a ship can sail in the time
///   between them (above `maximumSpeedKnots`, default 50 kn, and at least
///   `minimumJumpNauticalMiles` apart so that GPS noise does not count). The time between is
///   taken as at least `minimumIntervalSeconds`, so two positions at the same second are judged
///   as a minute apart.
/// - `two_places`: positions alternate between two tracks that are each plausible on their own:
///   the MMSI is in two places at once (a shared or spoofed identity). The second track is kept
///   apart (a "ghost") and does not move the vessel in the picture.
/// - `invalid_mmsi` / `invalid_mid`: a ship position report from an MMSI that is not a ship
///   station's (first digit not 2–7) or whose MID is not allocated (ITU-R M.585).
/// - `name_change`, `call_sign_change`, `imo_change`: static data that changed under one MMSI.
///
/// One event per vessel and kind is open at a time: further signs extend it, and it ends after
/// `quietHours` without any.
public struct IdentityDetector: Sendable {
    public struct Configuration: Sendable, Hashable {
        public var maximumSpeedKnots = 50.0
        public var minimumJumpNauticalMiles = 1.0
        public var minimumIntervalSeconds = 60.0
        /// A ghost track not heard from for this long is forgotten, hours.
        public var ghostLifetimeHours = 1.0
        public var quietHours = 1.0
        public init() {}
    }

    public enum Verdict: Sendable {
        /// The position continues the vessel's track.
        case track
        /// The position belongs to a second vessel using the same MMSI.
        case ghost
    }

    struct Open: Sendable {
        var event: PictureEvent
        var last: Milliseconds
    }

    public var configuration: Configuration
    /// Each vessel's second track (by index), if it has one.
    var ghosts: [Fix?] = []
    var open: [Int: [Open]] = [:]

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    mutating func addVessel() { ghosts.append(nil) }

    /// Whether `b` may follow `a` (as ``plausible(_:_:)``), deciding from an upper bound on the
    /// distance when it can: most consecutive positions are obviously plausible.
    func isPlausible(_ a: Fix, _ b: Fix) -> Bool {
        let bound = PlanarDistance.upperBoundMetres(a.point, b.point) / Geo.metresPerNauticalMile
        if bound < configuration.minimumJumpNauticalMiles { return true }
        let dt = max(Double(abs(b.time - a.time)) / 1000, configuration.minimumIntervalSeconds)
        if bound / (dt / 3600) <= configuration.maximumSpeedKnots { return true }
        return plausible(a, b).0
    }

    func plausible(_ a: Fix, _ b: Fix) -> (Bool, Double, Double) {
        let nm = a.point.distanceNauticalMiles(to: b.point)
        if nm < configuration.minimumJumpNauticalMiles { return (true, nm, 0) }
        let dt = max(Double(abs(b.time - a.time)) / 1000, configuration.minimumIntervalSeconds)
        let knots = nm / (dt / 3600)
        return (knots <= configuration.maximumSpeedKnots, nm, knots)
    }

    /// Judges a new position of vessel `v` (before the picture takes it).
    mutating func classify(
        vessel v: Int,
        mmsi: UInt32,
        fix: Fix,
        previous: Fix?,
        context: inout DetectorContext
    )
        -> Verdict
    {
        guard let previous else {
            if MaritimeIdentification.mid(ofShip: mmsi) == nil {
                occur(v, mmsi: mmsi, kind: "invalid_mmsi", at: fix, details: [], context: &context)
            } else if !MaritimeIdentification.isValidShip(mmsi) {
                occur(v, mmsi: mmsi, kind: "invalid_mid", at: fix, details: [], context: &context)
            }
            return .track
        }
        if let g = ghosts[v], fix.time - g.time > .hours(configuration.ghostLifetimeHours) { ghosts[v] = nil }
        if isPlausible(previous, fix) { return .track }
        let (_, nm, knots) = plausible(previous, fix)
        if let g = ghosts[v], isPlausible(g, fix) {
            ghosts[v] = fix
            occur(
                v,
                mmsi: mmsi,
                kind: "two_places",
                at: fix,
                details: [
                    ("other_lat", .number(previous.point.latitude)), ("other_lon", .number(previous.point.longitude)),
                    ("separation_nm", .number(nm)),
                ],
                context: &context
            )
            return .ghost
        }
        ghosts[v] = previous
        occur(
            v,
            mmsi: mmsi,
            kind: "implied_speed",
            at: fix,
            details: [
                ("implied_speed_kn", .number(knots)), ("distance_nm", .number(nm)),
                ("from_lat", .number(previous.point.latitude)), ("from_lon", .number(previous.point.longitude)),
            ],
            context: &context
        )
        return .track
    }

    /// Compares new static data with what the vessel said before.
    mutating func observeIdentity(
        vessel v: Int,
        mmsi: UInt32,
        old: VesselIdentity,
        new: VesselIdentity,
        time: Milliseconds,
        at point: GeoPoint?,
        context: inout DetectorContext
    ) {
        let fix = Fix(time: time, point: point ?? GeoPoint(latitude: 0, longitude: 0))
        func change(_ kind: String, _ a: String?, _ b: String?) {
            guard let a, let b, !a.isEmpty, !b.isEmpty, a != b else { return }
            occur(
                v,
                mmsi: mmsi,
                kind: kind,
                at: fix,
                details: [("old", .string(a)), ("new", .string(b))],
                context: &context
            )
        }
        change("name_change", old.name, new.name)
        change("call_sign_change", old.callSign, new.callSign)
        change("imo_change", old.imo.map { String($0) }, new.imo.map { String($0) })
    }

    private mutating func occur(
        _ v: Int,
        mmsi: UInt32,
        kind: String,
        at fix: Fix,
        details: [(String, DetailValue)],
        context: inout DetectorContext
    ) {
        var list = open[v] ?? []
        // A jump that turns out to be a second vessel is one anomaly: the open implied-speed event
        // becomes the two-places event (same id, so a live client updates it in place).
        if kind == "two_places", !list.contains(where: { $0.event.detail("kind") == .string(kind) }),
            let j = list.firstIndex(where: { $0.event.detail("kind") == .string("implied_speed") }),
            let k = list[j].event.details.firstIndex(where: { $0.0 == "kind" })
        {
            list[j].event.details[k].1 = .string(kind)
        }
        if let i = list.firstIndex(where: { $0.event.detail("kind") == .string(kind) }) {
            list[i].last = fix.time
            list[i].event.end = max(list[i].event.end, fix.time)
            if let c = list[i].event.details.firstIndex(where: { $0.0 == "count" }),
                case .integer(let n) = list[i].event.details[c].1
            {
                list[i].event.details[c].1 = .integer(n + 1)
            }
            open[v] = list
            return
        }
        let e = PictureEvent(
            id: "identity-\(kind)-\(mmsi)-\(fix.time / 1000)",
            type: .identity,
            mmsi: [mmsi],
            start: fix.time,
            end: fix.time,
            latitude: fix.point.latitude,
            longitude: fix.point.longitude,
            details: [("kind", .string(kind)), ("count", .integer(1))] + details
        )
        list.append(Open(event: e, last: fix.time))
        open[v] = list
        context.emit(.started, e)
    }

    /// Ends events quiet for `quietHours`.
    mutating func tick(context: inout DetectorContext) {
        let quiet = Milliseconds.hours(configuration.quietHours)
        for v in open.keys.sorted() {
            var list = open[v]!
            list.removeAll { o in
                guard context.now - o.last > quiet else { return false }
                context.emit(.ended, o.event)
                return true
            }
            open[v] = list.isEmpty ? nil : list
        }
    }

    mutating func finish(context: inout DetectorContext) {
        for v in open.keys.sorted() { for o in open[v]! { context.emit(.ended, o.event) } }
        open.removeAll()
    }
}
