import AIS

/// The kinds of event, as DESIGN.md names them in the event format.
public enum EventType: String, Sendable, Hashable, CaseIterable {
    case gap
    case encounter
    case loitering
    case zoneEntry = "zone_entry"
    case zoneExit = "zone_exit"
    case identity
}

/// One value in an event's `details` object.
public enum DetailValue: Sendable, Hashable {
    case number(Double)
    case integer(Int64)
    case string(String)
    case bool(Bool)
}

/// A behaviour found in the picture, in DESIGN.md's event format: `id`, `type`, `mmsi` (array),
/// `start`, `end` (ISO 8601 UTC), `lat`, `lon`, `zone` when there is one, `details`.
public struct PictureEvent: Sendable, Hashable {
    /// Stable for the life of the event: type, vessels and start time (and kind for identity).
    public var id: String
    public var type: EventType
    /// The vessels involved (two for an encounter), ascending.
    public var mmsi: [UInt32]
    /// Start and end in milliseconds since 1970 (UTC); `end` moves while the event lasts.
    public var start: Milliseconds
    public var end: Milliseconds
    /// A representative position, degrees.
    public var latitude: Double
    public var longitude: Double
    /// The zone's id for zone events.
    public var zone: String?
    /// Detector-specific facts, in a stable order.
    public var details: [(String, DetailValue)]

    public init(
        id: String,
        type: EventType,
        mmsi: [UInt32],
        start: Milliseconds,
        end: Milliseconds,
        latitude: Double,
        longitude: Double,
        zone: String? = nil,
        details: [(String, DetailValue)] = []
    ) {
        self.id = id
        self.type = type
        self.mmsi = mmsi
        self.start = start
        self.end = end
        self.latitude = latitude
        self.longitude = longitude
        self.zone = zone
        self.details = details
    }

    public static func == (l: PictureEvent, r: PictureEvent) -> Bool {
        l.id == r.id && l.type == r.type && l.mmsi == r.mmsi && l.start == r.start && l.end == r.end
            && l.latitude == r.latitude && l.longitude == r.longitude && l.zone == r.zone
            && l.details.map(\.0) == r.details.map(\.0) && l.details.map(\.1) == r.details.map(\.1)
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(end)
    }

    /// The value of detail `key`.
    public func detail(_ key: String) -> DetailValue? { details.first { $0.0 == key }?.1 }

    /// The event as one line of JSON (no newline).
    public var json: String {
        var s = "{\"id\":" + Self.quoted(id) + ",\"type\":\"" + type.rawValue + "\",\"mmsi\":["
        s += mmsi.map { String($0) }.joined(separator: ",")
        s += "],\"start\":\"" + ISOTime.format(start) + "\",\"end\":\"" + ISOTime.format(end) + "\""
        s += ",\"lat\":" + Self.number(latitude, 5) + ",\"lon\":" + Self.number(longitude, 5)
        if let zone { s += ",\"zone\":" + Self.quoted(zone) }
        s += ",\"details\":{"
        s += details.map { k, v in
            let value: String
            switch v {
            case .number(let d): value = Self.number(d, 3)
            case .integer(let i): value = String(i)
            case .string(let t): value = Self.quoted(t)
            case .bool(let b): value = b ? "true" : "false"
            }
            return Self.quoted(k) + ":" + value
        }.joined(separator: ",")
        return s + "}}"
    }

    static func number(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (x * scale).rounded() / scale
        if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
        let s = String(r)
        return s.contains("e") ? String(Int64(r)) : s
    }

    static func quoted(_ t: String) -> String {
        JSONOutput.quoted(t)
    }
}

/// What happened to an event, for a live stream: a server pushes these to its clients.
public struct EventUpdate: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable {
        /// The event began to qualify; `end` is the latest time seen so far.
        case started
        /// It still lasts; `end` (and details) moved on.
        case updated
        /// It is over; this is its final form. Offline analysis writes only these.
        case ended
        /// A started event that turned out not to qualify after all (for example a gap whose
        /// vessel reappeared near shore); forget it.
        case withdrawn
    }

    public var action: Action
    public var event: PictureEvent

    public init(_ action: Action, _ event: PictureEvent) {
        self.action = action
        self.event = event
    }
}
