import Sharing

/// One label set that stored events carry (``NodeStore/eventLabels()``): the labels, and the key
/// that names the set in ``EventQuery/labelKeys`` — made by the store from the text it holds (the
/// text itself, or its MD5 on PostgreSQL), so that a set is found as it was written even where two
/// texts read as the same labels.
public struct EventLabelSet: Sendable, Hashable {
    public var labels: Labels
    public var key: String
}

/// A latitude/longitude rectangle in degrees, west to east and south to north.
public struct BoundingBox: Sendable, Hashable {
    public var minLongitude: Double
    public var minLatitude: Double
    public var maxLongitude: Double
    public var maxLatitude: Double

    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }

    public func contains(latitude: Double, longitude: Double) -> Bool {
        latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude
            && longitude <= maxLongitude
    }
}

/// Which vessels to list: those with a position inside `box` (all when nil) that match every filter.
public struct VesselQuery: Sendable, Hashable {
    public var box: BoundingBox?
    /// Ship-type codes to keep (ITU-R M.1371-5 Table 53); nil keeps all.
    public var shipTypes: [Int]?
    public var flag: String?
    /// Case-insensitive substring of the name.
    public var nameContains: String?
    public var limit: Int

    public init(
        box: BoundingBox? = nil,
        shipTypes: [Int]? = nil,
        flag: String? = nil,
        nameContains: String? = nil,
        limit: Int = 10_000
    ) {
        self.box = box
        self.shipTypes = shipTypes
        self.flag = flag
        self.nameContains = nameContains
        self.limit = limit
    }

    /// True when `vessel` has a position inside `box` and passes every filter (`limit` aside).
    public func matches(_ vessel: StoredVessel) -> Bool {
        guard let lat = vessel.latitude, let lon = vessel.longitude else { return false }
        if let box, !box.contains(latitude: lat, longitude: lon) { return false }
        if let shipTypes, !shipTypes.contains(vessel.shipType ?? -1) { return false }
        if let flag, vessel.flag != flag { return false }
        if let nameContains, !(vessel.name ?? "").lowercased().contains(nameContains.lowercased()) { return false }
        return true
    }
}

/// Which events to list: those overlapping `[from, to]` (milliseconds since 1970 UTC) that match.
public struct EventQuery: Sendable, Hashable {
    public var type: String?
    public var from: Int64?
    public var to: Int64?
    public var mmsi: UInt32?
    public var zone: String?
    /// Only events carrying one of these label sets, named by their ``EventLabelSet/key`` (nil: any),
    /// so that a reader who may see few sets is answered from them alone.
    public var labelKeys: [String]?
    /// Only events that come after this one in the list's order (start descending, then id
    /// descending): the next page after a page that ended with it.
    public var after: EventCursor?
    public var limit: Int

    public init(
        type: String? = nil,
        from: Int64? = nil,
        to: Int64? = nil,
        mmsi: UInt32? = nil,
        zone: String? = nil,
        after: EventCursor? = nil,
        limit: Int = 1000
    ) {
        self.type = type
        self.from = from
        self.to = to
        self.mmsi = mmsi
        self.zone = zone
        self.after = after
        self.limit = limit
    }

    func matches(_ event: StoredEvent) -> Bool {
        if let type, event.type != type { return false }
        if let to, event.start > to { return false }
        if let from, (event.end ?? Int64.max) < from { return false }
        if let mmsi, !event.mmsi.contains(mmsi) { return false }
        if let zone, event.zone != zone { return false }
        if let labelKeys, !labelKeys.contains(LabelsColumn.text(event.labels)) { return false }
        if let after, (event.start, event.id) >= (after.start, after.id) { return false }
        return true
    }
}

/// A place in the event list (newest start first, then id descending), for reading it page by page.
public struct EventCursor: Sendable, Hashable {
    /// Milliseconds since 1970 UTC.
    public var start: Int64
    public var id: String

    public init(start: Int64, id: String) {
        self.start = start
        self.id = id
    }

    /// The cursor just past `event`.
    public init(after event: StoredEvent) { self.init(start: event.start, id: event.id) }
}

/// Counts of what a store holds.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var vessels: Int
    public var positions: Int
    public var events: Int
    public var zones: Int

    public init(vessels: Int, positions: Int, events: Int, zones: Int) {
        self.vessels = vessels
        self.positions = positions
        self.events = events
        self.zones = zones
    }
}
