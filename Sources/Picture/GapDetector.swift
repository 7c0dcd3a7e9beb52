import Geo

/// `gap`: a vessel that stops reporting its position (AIS switched off, "going dark").
///
/// Defaults follow Global Fishing Watch's AIS-disabling events (Welch et al., "Hot spots of
/// unseen fishing vessels", Science Advances 8, eabq2109, 2022; GFW's "AIS off" event
/// documentation): a silence of at least 12 hours, with the vessel more than 50 nautical miles
/// from shore where it fell silent and where it reappeared, in an area that was otherwise well
/// received while it was silent. GFW measures reception with satellite reception quality maps;
/// Kizuna measures it from the data themselves: for five points along the path from where the
/// vessel fell silent to where it reappeared, the fraction of the gap's whole hours in which some
/// other vessel reported within about one reception cell (0.2°); the mean must be at least half.
///
/// Live: the gap is `started` once the silence reaches the minimum (on the picture's clock),
/// `ended` when the vessel reappears (or `withdrawn` if the far end does not qualify), and
/// `withdrawn` if the data end first (the vessel may have left the area).
public struct GapDetector: Sendable {
    public struct Configuration: Sendable, Hashable {
        /// Minimum silence, hours.
        public var minimumHours = 12.0
        /// Both ends must be further than this from shore, nautical miles.
        public var minimumShoreDistanceNauticalMiles = 50.0
        /// Fraction of the gap's whole hours in which other vessels were heard near an end.
        public var minimumCoveredFraction = 0.5
        public init() {}
    }

    public var configuration: Configuration
    public var reception = ReceptionMap()
    /// Open gaps by vessel index.
    var open: [PictureEvent?] = []

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    mutating func addVessel() {
        reception.addVessel()
        open.append(nil)
    }

    /// A new position `fix` of vessel `v` whose previous position was `previous`.
    mutating func observe(
        vessel v: Int,
        mmsi: UInt32,
        fix: Fix,
        previous: Fix?,
        context: inout DetectorContext
    ) {
        reception.mark(vessel: v, at: fix.point, time: fix.time)
        guard let previous else { return }
        let duration = fix.time - previous.time
        let wasOpen = open[v]
        if wasOpen != nil { open[v] = nil }
        guard duration >= .hours(configuration.minimumHours) else { return }
        let startShore = context.shoreNauticalMiles(at: previous.point)
        let endShore = context.shoreNauticalMiles(vessel: v, at: fix.point)
        // Reception along the silent path: the mean over five points from one end to the other, so
        // that ships crossing a hole in coverage (heard at both edges, nobody in the middle) are
        // not called dark.
        let samples = [0.0, 0.25, 0.5, 0.75, 1].map { previous.point.interpolated(to: fix.point, fraction: $0) }
        let coverage =
            samples.map { reception.coveredFraction(near: [$0], from: previous.time, to: fix.time) }.reduce(0, +)
            / Double(samples.count)
        let qualifies =
            startShore > configuration.minimumShoreDistanceNauticalMiles
            && endShore > configuration.minimumShoreDistanceNauticalMiles
            && coverage >= configuration.minimumCoveredFraction
        if qualifies {
            let e = event(
                mmsi: mmsi,
                from: previous,
                to: fix,
                startShore: startShore,
                endShore: endShore,
                coverage: coverage
            )
            context.emit(.ended, e)
        } else if let wasOpen {
            context.emit(.withdrawn, wasOpen)
        }
    }

    /// Opens gaps for silent vessels as the clock passes `now`.
    mutating func tick(vessels: [VesselState], context: inout DetectorContext) {
        let now = context.now
        let minimum = Milliseconds.hours(configuration.minimumHours)
        for (v, vessel) in vessels.enumerated() {
            guard let last = vessel.latest, now - last.time >= minimum else { continue }
            if var e = open[v] {
                e.end = now
                setDuration(&e)
                open[v] = e
                context.emit(.updated, e)
                continue
            }
            let shore = context.shoreNauticalMiles(vessel: v, at: last.point)
            guard shore > configuration.minimumShoreDistanceNauticalMiles else { continue }
            let coverage = reception.coveredFraction(near: [last.point], from: last.time, to: now)
            guard coverage >= configuration.minimumCoveredFraction else { continue }
            var e = PictureEvent(
                id: "gap-\(vessel.mmsi)-\(last.time / 1000)",
                type: .gap,
                mmsi: [vessel.mmsi],
                start: last.time,
                end: now,
                latitude: last.point.latitude,
                longitude: last.point.longitude,
                details: [("duration_h", .number(0)), ("shore_nm_start", .number(shore)), ("open", .bool(true))]
            )
            setDuration(&e)
            open[v] = e
            context.emit(.started, e)
        }
    }

    /// Withdraws the gaps still open when the data end: a gap is defined between two positions
    /// (both ends far from shore), and a vessel never heard again may simply have left the area.
    mutating func finish(context: inout DetectorContext) {
        for v in open.indices {
            if let e = open[v] {
                context.emit(.withdrawn, e)
                open[v] = nil
            }
        }
    }

    private func setDuration(_ e: inout PictureEvent) {
        if let i = e.details.firstIndex(where: { $0.0 == "duration_h" }) {
            e.details[i].1 = .number(Double(hoursOf: e.end - e.start))
        }
    }

    func event(
        mmsi: UInt32,
        from a: Fix,
        to b: Fix,
        startShore: Double,
        endShore: Double,
        coverage: Double
    )
        -> PictureEvent
    {
        let hours = Double(hoursOf: b.time - a.time)
        let nm = a.point.distanceNauticalMiles(to: b.point)
        return PictureEvent(
            id: "gap-\(mmsi)-\(a.time / 1000)",
            type: .gap,
            mmsi: [mmsi],
            start: a.time,
            end: b.time,
            latitude: a.point.latitude,
            longitude: a.point.longitude,
            details: [
                ("duration_h", .number(hours)),
                ("distance_nm", .number(nm)),
                ("implied_speed_kn", .number(hours > 0 ? nm / hours : 0)),
                ("end_lat", .number(b.point.latitude)),
                ("end_lon", .number(b.point.longitude)),
                ("shore_nm_start", .number(startShore)),
                ("shore_nm_end", .number(endShore)),
                ("coverage", .number(coverage)),
            ]
        )
    }
}
