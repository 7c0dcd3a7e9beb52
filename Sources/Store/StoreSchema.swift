import Foundation

/// The SQL both relational stores share: one schema, written for SQLite and PostgreSQL alike.
enum StoreSchema {
    /// The first schema version. `integer` is the 64-bit integer type and `real` the double type.
    static func version1(integer: String, real: String) -> [String] {
        [
            """
            CREATE TABLE vessels (
                mmsi \(integer) PRIMARY KEY, name TEXT, call_sign TEXT, imo \(integer), ship_type \(integer),
                flag TEXT, destination TEXT, lat \(real), lon \(real), speed \(real), course \(real),
                heading \(integer), time \(integer), updated \(integer) NOT NULL)
            """,
            "CREATE INDEX vessels_lat_lon ON vessels (lat, lon)",
            """
            CREATE TABLE positions (
                mmsi \(integer) NOT NULL, time \(integer) NOT NULL, lat \(real) NOT NULL, lon \(real) NOT NULL,
                speed \(real), course \(real), heading \(integer), PRIMARY KEY (mmsi, time))
            """,
            "CREATE INDEX positions_time ON positions (time)",
            """
            CREATE TABLE events (
                id TEXT PRIMARY KEY, type TEXT NOT NULL, mmsi TEXT NOT NULL, start_time \(integer) NOT NULL,
                end_time \(integer), lat \(real) NOT NULL, lon \(real) NOT NULL, zone TEXT, details TEXT NOT NULL,
                updated \(integer) NOT NULL)
            """,
            "CREATE INDEX events_start ON events (start_time)",
            """
            CREATE TABLE zones (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, geometry TEXT NOT NULL,
                created \(integer) NOT NULL)
            """,
        ]
    }

    /// Labels on events and zones (issue 5): JSON text, NULL for rows from before this version until
    /// ``NodeStore/adoptUnlabelled(_:)`` fills them.
    static let version2 = [
        "ALTER TABLE events ADD COLUMN labels TEXT",
        "ALTER TABLE zones ADD COLUMN labels TEXT",
    ]

    /// Version 3: the catalogue of the label sets events carry, so that a reader's event list asks
    /// only for the sets the policy lets it read instead of reading past every event it may not.
    /// The index serves those per-set reads in the list's order. A set is found by its `key`, an
    /// expression of the labels text: the text itself on SQLite; its MD5 on PostgreSQL, whose index
    /// entries may not exceed 2,704 bytes while a labels text may run to kilobytes.
    static func version3(key: (String) -> String) -> [String] {
        [
            "CREATE TABLE event_labels (key TEXT PRIMARY KEY, labels TEXT NOT NULL)",
            "INSERT INTO event_labels (key, labels) SELECT DISTINCT \(key("labels")), labels FROM events "
                + "WHERE labels IS NOT NULL",
            "CREATE INDEX events_labels_start ON events (\(key("labels")), start_time, id)",
        ]
    }

    /// Adds the label set in placeholder `p` (as ``LabelsColumn/text(_:)``, used twice) to the catalogue.
    static func catalogueLabels(placeholder p: String, key: (String) -> String) -> String {
        "INSERT INTO event_labels (key, labels) VALUES (\(key(p)), \(p)) ON CONFLICT (key) DO NOTHING"
    }

    static let catalogued = "SELECT key, labels FROM event_labels ORDER BY key"

    static let vesselColumns =
        "mmsi, name, call_sign, imo, ship_type, flag, destination, lat, lon, speed, course, heading, time"
    static let eventColumns = "id, type, mmsi, start_time, end_time, lat, lon, zone, details, labels"
    static let zoneColumns = "id, name, kind, geometry, created, labels"

    /// Events after a cursor in the list's order (newest start first, then id descending), with
    /// placeholders for the cursor's start (used twice) and id.
    static func eventsBefore(start: String, start again: String, id: String) -> String {
        "(start_time < \(start) OR (start_time = \(again) AND id < \(id)))"
    }

    /// Gives unlabelled events and zones the labels in one placeholder.
    static func adoptUnlabelled(placeholder p: String) -> [String] {
        ["UPDATE events SET labels = \(p) WHERE labels IS NULL", "UPDATE zones SET labels = \(p) WHERE labels IS NULL"]
    }

    /// Inserts a vessel or merges a partial update into it, as ``StoredVessel/merge(_:)`` does.
    static func upsertVessel(placeholders p: [String]) -> String {
        upsertVessels(values: "(\(p.joined(separator: ", ")))")
    }

    /// One statement that upserts the vessels of `values`, `(14 placeholders), …` (no MMSI twice).
    static func upsertVessels(values: String) -> String {
        let newer = "(excluded.time IS NOT NULL AND (vessels.time IS NULL OR excluded.time >= vessels.time))"
        func keep(_ column: String) -> String { "\(column) = COALESCE(excluded.\(column), vessels.\(column))" }
        func position(_ column: String) -> String {
            "\(column) = CASE WHEN \(newer) THEN COALESCE(excluded.\(column), vessels.\(column)) ELSE vessels.\(column) END"
        }
        return """
            INSERT INTO vessels (mmsi, name, call_sign, imo, ship_type, flag, destination, lat, lon, speed, course,
                heading, time, updated)
            VALUES \(values)
            ON CONFLICT (mmsi) DO UPDATE SET
            \((["name", "call_sign", "imo", "ship_type", "flag", "destination"].map(keep)
                + ["lat", "lon", "speed", "course", "heading"].map(position)).joined(separator: ", ")),
            time = CASE WHEN \(newer) THEN excluded.time ELSE vessels.time END, updated = excluded.updated
            """
    }

    static func upsertEvent(placeholders p: [String]) -> String {
        upsertEvents(values: "(\(p.joined(separator: ", ")))")
    }

    /// One statement that upserts the events of `values`, `(11 placeholders), …` (no id twice).
    static func upsertEvents(values: String) -> String {
        """
        INSERT INTO events (id, type, mmsi, start_time, end_time, lat, lon, zone, details, updated, labels)
        VALUES \(values)
        ON CONFLICT (id) DO UPDATE SET type = excluded.type, mmsi = excluded.mmsi,
        start_time = excluded.start_time, end_time = excluded.end_time, lat = excluded.lat, lon = excluded.lon,
        zone = excluded.zone, details = excluded.details, updated = excluded.updated, labels = excluded.labels
        """
    }

    /// The latest point of each vessel between `earliest` and `time` (placeholders), aliased `p`.
    static func positionsAt(time: String, earliest: String) -> String {
        """
        SELECT p.mmsi, p.time, p.lat, p.lon, p.speed, p.course, p.heading FROM positions p
        JOIN (SELECT mmsi, max(time) AS latest FROM positions WHERE time <= \(time) AND time >= \(earliest)
        GROUP BY mmsi) l ON p.mmsi = l.mmsi AND p.time = l.latest
        """
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
