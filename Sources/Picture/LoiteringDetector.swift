import Geo

/// `loitering`: a vessel that stays slow for hours far from shore (waiting for a meeting,
/// drifting, or transferring to a partner whose AIS is off).
///
/// Defaults follow Global Fishing Watch's loitering events (Miller et al., "Identifying global
/// patterns of transshipment behavior", Frontiers in Marine Science 5:240, 2018, and GFW's
/// events API documentation): at least 4 hours at an average speed under 2 knots, more than
/// 20 nautical miles from shore. A run of slow positions is broken by a position nearer the
/// shore than that, by a silence longer than `maximumSilenceHours`, or by a spell faster than
/// the speed limit lasting longer than `toleranceMinutes` (shorter spells are absorbed into the
/// average, which must still be under the limit).
public struct LoiteringDetector: Sendable {
    public struct Configuration: Sendable, Hashable {
        public var minimumHours = 4.0
        /// The average speed over the run must be below this, knots; so must each position's,
        /// apart from short spells.
        public var maximumAverageSpeedKnots = 2.0
        public var minimumShoreDistanceNauticalMiles = 20.0
        public var toleranceMinutes = 20.0
        public var maximumSilenceHours = 6.0
        /// Live updates no more often than this, seconds of data time.
        public var updateIntervalSeconds = 600.0
        public init() {}
    }

    struct Run: Sendable {
        var start: Fix
        var lastSlow: Fix
        var last: Fix
        var speedTime = 0.0  // knots × ms over the slow part
        var time = 0.0  // ms
        var spellSpeedTime = 0.0
        var spellTime = 0.0
        var fastSince: Milliseconds?
        var latSum = 0.0
        var lonSum = 0.0
        var count = 0.0
        var started = false
        var lastEmit: Milliseconds = 0
        var average: Double { time > 0 ? speedTime / time : 0 }
    }

    public var configuration: Configuration
    /// The run of each vessel (by index), nil when it is not slow far from shore.
    var runs: [Run?] = []

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    mutating func addVessel() { runs.append(nil) }

    mutating func observe(vessel v: Int, mmsi: UInt32, fix: Fix, previous: Fix?, context: inout DetectorContext) {
        var speed = fix.speedKnots.map(Double.init)
        if speed == nil, let previous, fix.time > previous.time {
            speed = previous.point.distanceNauticalMiles(to: fix.point) / Double(hoursOf: fix.time - previous.time)
        }
        guard let speed else { return }
        let limit = configuration.maximumAverageSpeedKnots
        if var run = runs[v] {
            if fix.time - run.last.time > .hours(configuration.maximumSilenceHours) {
                close(v, mmsi: mmsi, context: &context)
            } else if speed < limit {
                guard
                    context.isFromShore(
                        vessel: v,
                        at: fix.point,
                        moreThan: configuration.minimumShoreDistanceNauticalMiles
                    )
                else {
                    close(v, mmsi: mmsi, context: &context)
                    return
                }
                let dt = Double(fix.time - run.last.time)
                run.speedTime += run.spellSpeedTime + speed * dt
                run.time += run.spellTime + dt
                run.spellSpeedTime = 0
                run.spellTime = 0
                run.fastSince = nil
                run.lastSlow = fix
                run.last = fix
                run.latSum += fix.point.latitude
                run.lonSum += fix.point.longitude
                run.count += 1
                runs[v] = run
                check(v, mmsi: mmsi, context: &context)
                return
            } else {
                let since = run.fastSince ?? fix.time
                if Double(fix.time - since) > configuration.toleranceMinutes * 60_000 {
                    close(v, mmsi: mmsi, context: &context)
                    return
                }
                let dt = Double(fix.time - run.last.time)
                run.spellSpeedTime += speed * dt
                run.spellTime += dt
                run.fastSince = since
                run.last = fix
                runs[v] = run
                return
            }
        }
        guard speed < limit,
            context.isFromShore(vessel: v, at: fix.point, moreThan: configuration.minimumShoreDistanceNauticalMiles)
        else { return }
        runs[v] = Run(
            start: fix,
            lastSlow: fix,
            last: fix,
            latSum: fix.point.latitude,
            lonSum: fix.point.longitude,
            count: 1
        )
    }

    private mutating func check(_ v: Int, mmsi: UInt32, context: inout DetectorContext) {
        guard var run = runs[v] else { return }
        let qualifies =
            run.lastSlow.time - run.start.time >= .hours(configuration.minimumHours)
            && run.average < configuration.maximumAverageSpeedKnots
        if !run.started {
            guard qualifies else { return }
            run.started = true
            run.lastEmit = run.lastSlow.time
            context.emit(.started, event(mmsi: mmsi, run))
        } else if Double(run.lastSlow.time - run.lastEmit) >= configuration.updateIntervalSeconds * 1000 {
            run.lastEmit = run.lastSlow.time
            context.emit(.updated, event(mmsi: mmsi, run))
        }
        runs[v] = run
    }

    mutating func close(_ v: Int, mmsi: UInt32, context: inout DetectorContext) {
        guard let run = runs[v] else { return }
        runs[v] = nil
        if run.started { context.emit(.ended, event(mmsi: mmsi, run)) }
    }

    mutating func finish(vessels: [VesselState], context: inout DetectorContext) {
        for v in runs.indices where runs[v] != nil { close(v, mmsi: vessels[v].mmsi, context: &context) }
    }

    func event(mmsi: UInt32, _ run: Run) -> PictureEvent {
        PictureEvent(
            id: "loitering-\(mmsi)-\(run.start.time / 1000)",
            type: .loitering,
            mmsi: [mmsi],
            start: run.start.time,
            end: run.lastSlow.time,
            latitude: run.latSum / run.count,
            longitude: run.lonSum / run.count,
            details: [
                ("duration_h", .number(Double(hoursOf: run.lastSlow.time - run.start.time))),
                ("average_speed_kn", .number(run.average)),
                ("positions", .integer(Int64(run.count))),
            ]
        )
    }
}
