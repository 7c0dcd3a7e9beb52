import Geo

/// `encounter`: two vessels side by side at sea for hours (a possible ship-to-ship transfer).
///
/// Defaults follow Global Fishing Watch's encounter events (Miller et al., "Identifying global
/// patterns of transshipment behavior", Frontiers in Marine Science 5:240, 2018; GFW's events
/// API documentation): the two vessels within 500 metres of each other for at least 2 hours,
/// at a median speed below 2 knots, at least 10 km from a port (GFW: from a coastal anchorage of
/// its global anchorage list; Kizuna: from ``Port/eastAsia`` or the ports given, and, standing in
/// for the anchorages that list lacks, more than `minimumShoreDistanceNauticalMiles` from shore).
///
/// Only vessels slower than `candidateSpeedKnots` are indexed; each position of such a vessel
/// looks for indexed vessels within the distance whose own latest position is at most
/// `maximumStalenessMinutes` old. A pair ends when the two are seen apart, when one speeds up,
/// or when neither has seen the other for `maximumSilenceMinutes` (AIS off during a transfer does
/// not end the encounter at once).
public struct EncounterDetector: Sendable {
    public struct Configuration: Sendable, Hashable {
        public var maximumDistanceMetres = 500.0
        public var minimumHours = 2.0
        public var maximumMedianSpeedKnots = 2.0
        public var minimumPortDistanceMetres = 10_000.0
        public var minimumShoreDistanceNauticalMiles = 2.0
        public var candidateSpeedKnots = 4.0
        public var maximumStalenessMinutes = 15.0
        public var maximumSilenceMinutes = 90.0
        public var updateIntervalSeconds = 600.0
        public init() {}
    }

    struct Pair: Sendable {
        var a: Int
        var b: Int
        var start: Milliseconds
        var lastClose: Milliseconds
        /// Speeds in tenths of a knot, 0…40; faster ones in the last bin.
        var histogram = [UInt32](repeating: 0, count: 42)
        var latSum = 0.0
        var lonSum = 0.0
        var count = 0.0
        var minimumMetres = Double.infinity
        var started = false
        var lastEmit: Milliseconds = 0

        var median: Double {
            let total = histogram.reduce(0, +)
            guard total > 0 else { return 0 }
            var seen: UInt32 = 0
            for (i, n) in histogram.enumerated() {
                seen += n
                if seen * 2 >= total { return Double(i) / 10 }
            }
            return 4.1
        }
    }

    public var configuration: Configuration
    var index = VesselGrid(cellDegrees: 0.01)
    var pairs: [UInt64: Pair] = [:]
    /// Each vessel's open pairs (by the partner's index), in the order they were found.
    var partners: [[Int]] = []

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    mutating func addVessel() {
        index.addVessel()
        partners.append([])
    }

    static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    mutating func observe(vessel v: Int, fix: Fix, vessels: [VesselState], context: inout DetectorContext) {
        let speed = fix.speedKnots.map(Double.init) ?? .infinity
        guard speed < configuration.candidateSpeedKnots,
            context.isFromPorts(vessel: v, at: fix.point, moreThan: configuration.minimumPortDistanceMetres),
            context.isFromShore(vessel: v, at: fix.point, moreThan: configuration.minimumShoreDistanceNauticalMiles)
        else {
            if index.contains(v) {
                index.remove(v)
                for u in partners[v] { close(Self.key(v, u), vessels: vessels, context: &context) }
            }
            return
        }
        index.update(v, at: fix.point)
        let staleness = Milliseconds(configuration.maximumStalenessMinutes * 60_000)
        var near: [(u: Int, point: GeoPoint, metres: Double, other: Fix)] = []
        index.forEach(near: fix.point, metres: configuration.maximumDistanceMetres) { u, point, metres in
            guard u != v, let other = vessels.withUnsafeBufferPointer({ $0[u].latest }),
                fix.time - other.time <= staleness, other.time - fix.time <= staleness
            else { return }
            near.append((u, point, metres, other))
        }
        for (u, point, metres, other) in near {
            let k = Self.key(v, u)
            var pair =
                pairs[k] ?? Pair(a: min(u, v), b: max(u, v), start: min(fix.time, other.time), lastClose: fix.time)
            if pairs[k] == nil {
                partners[v].append(u)
                partners[u].append(v)
            }
            pair.lastClose = max(pair.lastClose, fix.time)
            pair.histogram[min(41, Int((speed * 10).rounded()))] += 1
            pair.latSum += (fix.point.latitude + point.latitude) / 2
            pair.lonSum += (fix.point.longitude + point.longitude) / 2
            pair.count += 1
            pair.minimumMetres = min(pair.minimumMetres, metres)
            pairs[k] = pair
            check(k, vessels: vessels, context: &context)
        }
        if partners[v].isEmpty { return }
        // Partners seen freshly but now apart: the encounter is over.
        for u in partners[v] where !near.contains(where: { $0.u == u }) {
            if let other = vessels[u].latest, abs(fix.time - other.time) <= staleness,
                other.point.distanceMetres(to: fix.point) > configuration.maximumDistanceMetres
            {
                close(Self.key(v, u), vessels: vessels, context: &context)
            }
        }
    }

    private mutating func check(_ k: UInt64, vessels: [VesselState], context: inout DetectorContext) {
        guard var pair = pairs[k] else { return }
        if !pair.started {
            guard qualifies(pair, context: &context) else { return }
            pair.started = true
            pair.lastEmit = pair.lastClose
            context.emit(.started, event(pair, vessels: vessels, context: context))
        } else if Double(pair.lastClose - pair.lastEmit) >= configuration.updateIntervalSeconds * 1000 {
            pair.lastEmit = pair.lastClose
            context.emit(.updated, event(pair, vessels: vessels, context: context))
        }
        pairs[k] = pair
    }

    private func qualifies(_ pair: Pair, context: inout DetectorContext) -> Bool {
        guard pair.lastClose - pair.start >= .hours(configuration.minimumHours),
            pair.median < configuration.maximumMedianSpeedKnots
        else { return false }
        let centre = GeoPoint(latitude: pair.latSum / pair.count, longitude: pair.lonSum / pair.count)
        return (Port.nearest(to: centre, in: context.ports)?.metres ?? .infinity)
            > configuration.minimumPortDistanceMetres
    }

    mutating func close(_ k: UInt64, vessels: [VesselState], context: inout DetectorContext) {
        guard let pair = pairs.removeValue(forKey: k) else { return }
        partners[pair.a].removeAll { $0 == pair.b }
        partners[pair.b].removeAll { $0 == pair.a }
        if pair.started || qualifies(pair, context: &context) {
            context.emit(.ended, event(pair, vessels: vessels, context: context))
        }
    }

    /// Ends pairs not seen together for the silence limit.
    mutating func tick(vessels: [VesselState], context: inout DetectorContext) {
        let limit = Milliseconds(configuration.maximumSilenceMinutes * 60_000)
        for k in pairs.keys.sorted() where context.now - pairs[k]!.lastClose > limit {
            close(k, vessels: vessels, context: &context)
        }
    }

    mutating func finish(vessels: [VesselState], context: inout DetectorContext) {
        for k in pairs.keys.sorted() { close(k, vessels: vessels, context: &context) }
    }

    func event(_ pair: Pair, vessels: [VesselState], context: DetectorContext) -> PictureEvent {
        let m = [vessels[pair.a].mmsi, vessels[pair.b].mmsi].sorted()
        let centre = GeoPoint(latitude: pair.latSum / pair.count, longitude: pair.lonSum / pair.count)
        var details: [(String, DetailValue)] = [
            ("duration_h", .number(Double(hoursOf: pair.lastClose - pair.start))),
            ("median_speed_kn", .number(pair.median)),
            ("minimum_distance_m", .number(pair.minimumMetres)),
        ]
        if let port = Port.nearest(to: centre, in: context.ports) {
            details.append(("nearest_port", .string(port.port.name)))
            details.append(("port_distance_km", .number(port.metres / 1000)))
        }
        return PictureEvent(
            id: "encounter-\(m[0])-\(m[1])-\(pair.start / 1000)",
            type: .encounter,
            mmsi: m,
            start: pair.start,
            end: pair.lastClose,
            latitude: centre.latitude,
            longitude: centre.longitude,
            details: details
        )
    }
}
