import Sharing

/// A store that keeps everything in memory: for tests and for a node that needs no history.
public actor MemoryStore: NodeStore {
    private var vesselsByMMSI: [UInt32: StoredVessel] = [:]
    private var positionsByMMSI: [UInt32: [Int64: StoredPosition]] = [:]
    private var eventsByID: [String: StoredEvent] = [:]
    private var eventLabelSets: Set<Labels> = []
    private var zonesByID: [String: StoredZone] = [:]
    private let clock: StoreClock

    public init(clock: StoreClock = .system) { self.clock = clock }

    public func migrate() async throws {}

    /// Nothing to adopt: a memory store never holds rows from before labels.
    public func adoptUnlabelled(_ labels: Labels) async throws -> Int { 0 }

    public func write(_ batch: IngestBatch) async throws {
        for update in batch.vessels {
            vesselsByMMSI[update.mmsi, default: StoredVessel(mmsi: update.mmsi)].merge(update)
        }
        for position in batch.positions where positionsByMMSI[position.mmsi]?[position.time] == nil {
            positionsByMMSI[position.mmsi, default: [:]][position.time] = position
        }
        for event in batch.events {
            eventsByID[event.id] = event
            eventLabelSets.insert(event.labels)
        }
        for id in batch.withdrawnEvents { eventsByID[id] = nil }
    }

    public func vessels(_ query: VesselQuery) async throws -> [StoredVessel] {
        Array(vesselsByMMSI.values.filter(query.matches).sorted { $0.mmsi < $1.mmsi }.prefix(query.limit))
    }

    public func vessel(mmsi: UInt32) async throws -> StoredVessel? { vesselsByMMSI[mmsi] }

    public func track(mmsi: UInt32, from: Int64, to: Int64, limit: Int) async throws -> [StoredPosition] {
        let points = (positionsByMMSI[mmsi] ?? [:]).values.filter { $0.time >= from && $0.time <= to }
        return Array(points.sorted { $0.time < $1.time }.prefix(limit))
    }

    public func positions(at time: Int64, window: Int64, box: BoundingBox?) async throws -> [StoredPosition] {
        positionsByMMSI.keys.sorted().compactMap { mmsi in
            positionsByMMSI[mmsi]?.values.filter { $0.time <= time && $0.time >= time - window }
                .max { $0.time < $1.time }
        }.filter { box?.contains(latitude: $0.latitude, longitude: $0.longitude) ?? true }
    }

    public func events(_ query: EventQuery) async throws -> [StoredEvent] {
        let found = eventsByID.values.filter(query.matches)
        return Array(found.sorted { ($0.start, $0.id) > ($1.start, $1.id) }.prefix(query.limit))
    }

    public func event(id: String) async throws -> StoredEvent? { eventsByID[id] }

    public func eventLabels() async throws -> [EventLabelSet] {
        eventLabelSets.map { EventLabelSet(labels: $0, key: LabelsColumn.text($0)) }
    }

    public func zones() async throws -> [StoredZone] { zonesByID.values.sorted { $0.id < $1.id } }

    public func saveZone(_ zone: StoredZone) async throws {
        var saved = zone
        saved.created = zonesByID[zone.id]?.created ?? zone.created
        zonesByID[zone.id] = saved
    }

    public func deleteZone(id: String) async throws -> Bool { zonesByID.removeValue(forKey: id) != nil }

    public func prune(retentionMilliseconds: Int64) async throws -> Int {
        let cutoff = clock.now() - retentionMilliseconds
        var removed = 0
        for (mmsi, points) in positionsByMMSI {
            let kept = points.filter { $0.key >= cutoff }
            removed += points.count - kept.count
            positionsByMMSI[mmsi] = kept
        }
        for (id, event) in eventsByID where (event.end ?? Int64.max) < cutoff {
            eventsByID[id] = nil
            removed += 1
        }
        return removed
    }

    public func counts() async throws -> StoreCounts {
        StoreCounts(
            vessels: vesselsByMMSI.count,
            positions: positionsByMMSI.values.reduce(0) { $0 + $1.count },
            events: eventsByID.count,
            zones: zonesByID.count
        )
    }

    public func close() async throws {}
}
