import Geo

/// `zone_entry` and `zone_exit`: a vessel entering and leaving a zone, with its dwell time.
///
/// A `zone_entry` event is the visit: it starts at the first position inside the zone, is
/// updated while the vessel stays (its `end` is the latest position inside, `details.dwell_s`
/// the time since entry), and ends at the last position inside when the vessel is next seen
/// outside. A `zone_exit` event marks the leaving: from the last position inside to the first
/// outside, with the visit's dwell time. A vessel silent inside a zone stays inside until it is
/// seen outside; visits still open when the data end are ended with `details.open = true`. A
/// vessel already inside when first heard has not been seen entering: it gets no `zone_entry`,
/// only a `zone_exit` when it leaves.
public struct ZoneDetector: Sendable {
    public struct Configuration: Sendable, Hashable {
        public var updateIntervalSeconds = 600.0
        public init() {}
    }

    struct Visit: Sendable {
        var zone: Int
        var entered: Fix
        var lastInside: Fix
        var lastEmit: Milliseconds
        /// Inside already when first heard: not an entry (no `zone_entry`), but its exit counts.
        var atFirstSight = false
    }

    public var configuration: Configuration
    public private(set) var zones: ZoneSet
    /// The zones each vessel (by index) is in.
    var visits: [[Visit]] = []

    public init(zones: ZoneSet, configuration: Configuration = Configuration()) {
        self.zones = zones
        self.configuration = configuration
    }

    mutating func addVessel() { visits.append([]) }

    mutating func observe(vessel v: Int, mmsi: UInt32, fix: Fix, firstSight: Bool, context: inout DetectorContext) {
        if zones.isEmpty { return }
        let inside = zones.containing(fix.point)
        guard !inside.isEmpty || !visits[v].isEmpty else { return }
        let current = visits[v]
        var kept: [Visit] = []
        for var visit in current {
            if inside.contains(visit.zone) {
                visit.lastInside = fix
                if !visit.atFirstSight, Double(fix.time - visit.lastEmit) >= configuration.updateIntervalSeconds * 1000
                {
                    visit.lastEmit = fix.time
                    context.emit(.updated, entryEvent(mmsi: mmsi, visit, open: true))
                }
                kept.append(visit)
            } else {
                if !visit.atFirstSight { context.emit(.ended, entryEvent(mmsi: mmsi, visit, open: false)) }
                context.emit(.ended, exitEvent(mmsi: mmsi, visit, outside: fix))
            }
        }
        for z in inside where !current.contains(where: { $0.zone == z }) {
            let visit = Visit(zone: z, entered: fix, lastInside: fix, lastEmit: fix.time, atFirstSight: firstSight)
            if !firstSight { context.emit(.started, entryEvent(mmsi: mmsi, visit, open: true)) }
            kept.append(visit)
        }
        visits[v] = kept
    }

    /// Watches `new` from now on. Visits to zones that `new` still has (by id) go on, so a vessel
    /// inside keeps its entry time; a visit to a zone that `new` lacks is ended where the vessel
    /// last was inside, with `details.open = true` (it was not seen leaving), and gets no exit.
    /// A vessel whose latest position lies in a zone that is new was not seen entering it: like
    /// one inside when first heard, it gets no `zone_entry`, only a `zone_exit` when it leaves.
    mutating func setZones(_ new: ZoneSet, vessels: [VesselState], context: inout DetectorContext) {
        var byId: [String: Int] = [:]
        for (i, z) in new.zones.enumerated() where byId[z.id] == nil { byId[z.id] = i }
        let oldIds = Set(zones.zones.map(\.id))
        for v in visits.indices where !visits[v].isEmpty {
            var kept: [Visit] = []
            for var visit in visits[v] {
                if let i = byId[zones.zones[visit.zone].id] {
                    visit.zone = i
                    kept.append(visit)
                } else if !visit.atFirstSight {
                    context.emit(.ended, entryEvent(mmsi: vessels[v].mmsi, visit, open: true))
                }
            }
            visits[v] = kept
        }
        for (v, vessel) in vessels.enumerated() {
            guard let fix = vessel.latest else { continue }
            for z in new.containing(fix.point) where !oldIds.contains(new.zones[z].id) {
                visits[v].append(
                    Visit(zone: z, entered: fix, lastInside: fix, lastEmit: fix.time, atFirstSight: true)
                )
            }
        }
        zones = new
    }

    mutating func finish(vessels: [VesselState], context: inout DetectorContext) {
        for v in visits.indices {
            for visit in visits[v] where !visit.atFirstSight {
                context.emit(.ended, entryEvent(mmsi: vessels[v].mmsi, visit, open: true))
            }
            visits[v] = []
        }
    }

    func entryEvent(mmsi: UInt32, _ visit: Visit, open: Bool) -> PictureEvent {
        let zone = zones.zones[visit.zone]
        var details: [(String, DetailValue)] = [
            ("zone_name", .string(zone.name)),
            ("dwell_s", .integer((visit.lastInside.time - visit.entered.time) / 1000)),
        ]
        if open { details.append(("open", .bool(true))) }
        return PictureEvent(
            id: "zone_entry-\(zone.id)-\(mmsi)-\(visit.entered.time / 1000)",
            type: .zoneEntry,
            mmsi: [mmsi],
            start: visit.entered.time,
            end: visit.lastInside.time,
            latitude: visit.entered.point.latitude,
            longitude: visit.entered.point.longitude,
            zone: zone.id,
            details: details
        )
    }

    func exitEvent(mmsi: UInt32, _ visit: Visit, outside: Fix) -> PictureEvent {
        let zone = zones.zones[visit.zone]
        return PictureEvent(
            id: "zone_exit-\(zone.id)-\(mmsi)-\(visit.lastInside.time / 1000)",
            type: .zoneExit,
            mmsi: [mmsi],
            start: visit.lastInside.time,
            end: outside.time,
            latitude: outside.point.latitude,
            longitude: outside.point.longitude,
            zone: zone.id,
            details: [
                ("zone_name", .string(zone.name)),
                ("dwell_s", .integer((visit.lastInside.time - visit.entered.time) / 1000)),
                ("entered", .string(ISOTime.format(visit.entered.time))),
            ]
        )
    }
}
