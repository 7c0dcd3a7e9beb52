import Geo

/// The behaviour in a scenario, as the issue defines it, found from the ground-truth tracks
/// rather than from what was meant: encounters, loitering and zone crossings of every vessel
/// (so that ordinary traffic that happens to qualify is in the truth too), plus the injected gaps
/// and identity anomalies.
///
/// Thresholds are the (Global Fishing Watch's): loitering ≥ 4 h below 2 kn more than
/// 20 nm from shore; encounter within 500 m for ≥ 2 h, both below 2 kn, more than 10 km from a
/// port. Only times when a vessel's transmitter is on count, since nothing else can be seen.
public enum GroundTruth {
    /// Step in seconds at which tracks are sampled.
    public static let step = 60.0

    /// All true events of `scenario`, sorted by start time, with ids `SCENARIO-SEED-N`.
    public static func events(_ scenario: Scenario) -> [TruthEvent] {
        var events = scenario.injected
        let runs = slowRuns(scenario)
        events += loitering(scenario, runs)
        events += encounters(scenario, runs)
        events += zoneCrossings(scenario)
        events.sort {
            ($0.start, $0.type, $0.mmsi.lexicographicallyPrecedes($1.mmsi) ? 0 : 1)
                < ($1.start, $1.type, $1.mmsi.lexicographicallyPrecedes($0.mmsi) ? 0 : 1)
        }
        for i in events.indices {
            events[i].id = "\(scenario.name)-\(scenario.seed)-\(i + 1)"
        }
        return events
    }

    /// A stretch of time when one vessel transmits and moves slower than 2 kn.
    public struct SlowRun: Sendable {
        public var vessel: Int
        public var start: Double
        public var end: Double
    }

    /// The slow stretches of every vessel, at least 2 hours long.
    public static func slowRuns(_ scenario: Scenario, minimumSeconds: Double = 7200) -> [SlowRun] {
        var runs: [SlowRun] = []
        let feedStart = Double(scenario.startTime)
        let feedEnd = feedStart + scenario.duration
        for (i, v) in scenario.vessels.enumerated() {
            let from = max(feedStart, v.track.startTime)
            let to = min(feedEnd, v.track.endTime)
            guard to > from else { continue }
            var cursor = 0
            var runStart: Double?
            var t = from
            var last = from
            while t <= to {
                let s = v.track.state(at: t, cursor: &cursor)
                let slow = s.speedKnots < 2 && v.isTransmitting(at: t)
                if slow {
                    if runStart == nil { runStart = t }
                    last = t
                } else if let r = runStart {
                    if last - r >= minimumSeconds { runs.append(SlowRun(vessel: i, start: r, end: last)) }
                    runStart = nil
                }
                t += step
            }
            if let r = runStart, last - r >= minimumSeconds { runs.append(SlowRun(vessel: i, start: r, end: last)) }
        }
        return runs
    }

    /// Splits `run` where `keep` fails (tested every `step` seconds) and returns the parts of at
    /// least `minimumSeconds`.
    static func split(
        _ run: SlowRun,
        _ track: VesselTrack,
        minimumSeconds: Double,
        keep: (GeoPoint) -> Bool
    ) -> [SlowRun] {
        var parts: [SlowRun] = []
        var partStart: Double?
        var last = run.start
        var cursor = 0
        var t = run.start
        while t <= run.end {
            if keep(track.state(at: t, cursor: &cursor).position) {
                if partStart == nil { partStart = t }
                last = t
            } else if let p = partStart {
                if last - p >= minimumSeconds { parts.append(SlowRun(vessel: run.vessel, start: p, end: last)) }
                partStart = nil
            }
            t += step
        }
        if let p = partStart, last - p >= minimumSeconds {
            parts.append(SlowRun(vessel: run.vessel, start: p, end: last))
        }
        return parts
    }

    static func loitering(_ scenario: Scenario, _ runs: [SlowRun]) -> [TruthEvent] {
        var events: [TruthEvent] = []
        for run in runs where run.end - run.start >= 4 * 3600 {
            let v = scenario.vessels[run.vessel]
            for part in split(run, v.track, minimumSeconds: 4 * 3600, keep: { scenario.distanceToShore($0) > 20 }) {
                let a = v.track.state(at: part.start).position
                let b = v.track.state(at: part.end).position
                let hours = (part.end - part.start) / 3600
                events.append(
                    TruthEvent(
                        type: .loitering,
                        mmsi: [v.mmsi],
                        start: part.start,
                        end: part.end,
                        latitude: a.latitude,
                        longitude: a.longitude,
                        details: [
                            ("hours", .number(hours)),
                            ("mean_knots", .number(a.distanceNauticalMiles(to: b) / hours)),
                            ("shore_nm", .number(scenario.distanceToShore(a))),
                            ("role", .text(v.role.rawValue)),
                        ]
                    )
                )
            }
        }
        return events
    }

    static func encounters(_ scenario: Scenario, _ runs: [SlowRun]) -> [TruthEvent] {
        let offshore = runs.flatMap { run in
            split(run, scenario.vessels[run.vessel].track, minimumSeconds: 7200) {
                scenario.distanceToPortKilometres($0) > 10
            }
        }
        var events: [TruthEvent] = []
        for i in offshore.indices {
            for j in offshore.indices where j > i {
                let a = offshore[i]
                let b = offshore[j]
                let va = scenario.vessels[a.vessel]
                let vb = scenario.vessels[b.vessel]
                guard va.mmsi != vb.mmsi else { continue }
                let from = max(a.start, b.start)
                let to = min(a.end, b.end)
                guard to - from >= 7200 else { continue }
                var close: Double?
                var last = from
                var t = from
                func emit(_ s: Double, _ e: Double) {
                    guard e - s >= 7200 else { return }
                    let p = va.track.state(at: s).position
                    events.append(
                        TruthEvent(
                            type: .encounter,
                            mmsi: [va.mmsi, vb.mmsi],
                            start: s,
                            end: e,
                            latitude: p.latitude,
                            longitude: p.longitude,
                            details: [
                                ("hours", .number((e - s) / 3600)),
                                ("metres", .number(p.distanceMetres(to: vb.track.state(at: s).position))),
                                ("port_km", .number(scenario.distanceToPortKilometres(p))),
                            ]
                        )
                    )
                }
                while t <= to {
                    let d = va.track.state(at: t).position.distanceMetres(to: vb.track.state(at: t).position)
                    if d <= 500 {
                        if close == nil { close = t }
                        last = t
                    } else if let c = close {
                        emit(c, last)
                        close = nil
                    }
                    t += step
                }
                if let c = close { emit(c, last) }
            }
        }
        return events
    }

    /// Entries and exits of every zone by every vessel, from its positions every 30 seconds
    /// while it transmits. A vessel already inside when first seen has not entered. An entry lasts
    /// until the matching exit (or the vessel's last transmission); an exit is an instant.
    static func zoneCrossings(_ scenario: Scenario) -> [TruthEvent] {
        var events: [TruthEvent] = []
        let feedStart = Double(scenario.startTime)
        let feedEnd = feedStart + scenario.duration
        for v in scenario.vessels {
            let from = max(feedStart, v.track.startTime)
            let to = min(feedEnd, v.track.endTime)
            guard to > from else { continue }
            for zone in scenario.zones {
                var inside: Bool?
                var entry: (time: Double, position: GeoPoint)?
                var lastSeen = from
                var cursor = 0
                var t = from
                while t <= to {
                    defer { t += 30 }
                    guard v.isTransmitting(at: t) else { continue }
                    let p = v.track.state(at: t, cursor: &cursor).position
                    let now = zone.contains(p)
                    lastSeen = t
                    defer { inside = now }
                    guard let was = inside, was != now else { continue }
                    if now {
                        entry = (t, p)
                    } else {
                        if let e = entry {
                            events.append(entryEvent(v, zone, e.time, t, e.position))
                        }
                        events.append(
                            TruthEvent(
                                type: .zoneExit,
                                mmsi: [v.mmsi],
                                start: t,
                                end: t,
                                latitude: p.latitude,
                                longitude: p.longitude,
                                zone: zone.name,
                                details: entry.map { [("dwell_hours", .number((t - $0.time) / 3600))] } ?? []
                            )
                        )
                        entry = nil
                    }
                }
                if let e = entry { events.append(entryEvent(v, zone, e.time, lastSeen, e.position)) }
            }
        }
        return events
    }

    static func entryEvent(
        _ v: SimulatedVessel,
        _ zone: SimulationZone,
        _ start: Double,
        _ end: Double,
        _ p: GeoPoint
    )
        -> TruthEvent
    {
        TruthEvent(
            type: .zoneEntry,
            mmsi: [v.mmsi],
            start: start,
            end: end,
            latitude: p.latitude,
            longitude: p.longitude,
            zone: zone.name,
            details: [("dwell_hours", .number((end - start) / 3600)), ("role", .text(v.role.rawValue))]
        )
    }
}
