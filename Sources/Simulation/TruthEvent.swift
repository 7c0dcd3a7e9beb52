import AIS

/// The kinds of behaviour in DESIGN.md's event format.
public enum EventType: String, Sendable, Hashable, CaseIterable, Comparable {
    case gap
    case encounter
    case loitering
    case zoneEntry = "zone_entry"
    case zoneExit = "zone_exit"
    case identity

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One behaviour in the ground truth, in DESIGN.md's event format: `id`, `type`, `mmsi`,
/// `start`, `end` (ISO 8601 UTC), `lat`, `lon`, `zone` when there is one, `details`.
public struct TruthEvent: Sendable, Hashable {
    /// A value in `details`.
    public enum Detail: Sendable, Hashable {
        case number(Double)
        case text(String)
    }

    public var id: String
    public var type: EventType
    /// The vessels involved, in ascending order.
    public var mmsi: [UInt32]
    /// Seconds since 1970-01-01 UTC.
    public var start: Double
    public var end: Double
    public var latitude: Double
    public var longitude: Double
    public var zone: String?
    /// Extra facts, in the order they are written.
    public var details: [(key: String, value: Detail)]

    public init(
        id: String = "",
        type: EventType,
        mmsi: [UInt32],
        start: Double,
        end: Double,
        latitude: Double,
        longitude: Double,
        zone: String? = nil,
        details: [(key: String, value: Detail)] = []
    ) {
        self.id = id
        self.type = type
        self.mmsi = mmsi.sorted()
        self.start = start
        self.end = end
        self.latitude = latitude
        self.longitude = longitude
        self.zone = zone
        self.details = details
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.type == b.type && a.mmsi == b.mmsi && a.start == b.start && a.end == b.end
            && a.latitude == b.latitude && a.longitude == b.longitude && a.zone == b.zone
            && a.details.map(\.key) == b.details.map(\.key) && a.details.map(\.value) == b.details.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(type)
        hasher.combine(mmsi)
        hasher.combine(start)
    }

    /// The event as one line of JSON (without the newline).
    public var jsonLine: String {
        var s = "{\"id\":" + Self.quoted(id) + ",\"type\":\"" + type.rawValue + "\",\"mmsi\":["
        s += mmsi.map { String($0) }.joined(separator: ",")
        s += "],\"start\":\"" + ISO8601.string(seconds: start) + "\",\"end\":\"" + ISO8601.string(seconds: end) + "\""
        s += ",\"lat\":" + Self.number(latitude, places: 5) + ",\"lon\":" + Self.number(longitude, places: 5)
        if let zone { s += ",\"zone\":" + Self.quoted(zone) }
        s += ",\"details\":{"
        s += details.map { key, value in
            let v: String
            switch value {
            case .number(let x): v = Self.number(x, places: 3)
            case .text(let t): v = Self.quoted(t)
            }
            return Self.quoted(key) + ":" + v
        }.joined(separator: ",")
        s += "}}"
        return s
    }

    /// A decimal with at most `places` digits after the point, trailing zeros dropped.
    static func number(_ x: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int64(scaled / scale)
        var fraction = Int64(scaled - Double(whole) * scale)
        var digits = places
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var s = (x < 0 && scaled != 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let f = String(fraction)
            s += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return s
    }

    static func quoted(_ text: String) -> String {
        JSONOutput.quoted(text)
    }
}

/// ISO 8601 UTC times without Foundation.
public enum ISO8601 {
    /// `YYYY-MM-DDTHH:MM:SSZ` for whole seconds since 1970 (fractions are dropped).
    public static func string(seconds: Double) -> String {
        let total = Int64(seconds.rounded(.down))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (y, m, d) = civil(days: days)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return
            "\(y)-\(two(m))-\(two(d))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    /// Year, month and day of `days` since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    public static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Seconds since 1970 for `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, nil when malformed.
    public static func seconds(_ text: String) -> Double? {
        let b = Array(text.utf8)
        func int(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= b.count else { return nil }
            var v: Int64 = 0
            for i in from..<(from + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int64(b[i] - 48)
            }
            return v
        }
        guard b.count >= 19, let y = int(0, 4), let mo = int(5, 2), let d = int(8, 2), let h = int(11, 2),
            let mi = int(14, 2), let s = int(17, 2)
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                fraction += Double(b[i] - 48) * scale
                scale /= 10
                i += 1
            }
        }
        var offset: Int64 = 0
        if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) {
            guard let oh = int(i + 1, 2), let om = int(i + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
        }
        // days_from_civil
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Double(days * 86_400 + h * 3600 + mi * 60 + s - offset) + fraction
    }
}
