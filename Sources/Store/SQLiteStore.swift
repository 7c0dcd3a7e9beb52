import Foundation
import GRDB
import Sharing

/// The embedded store: one SQLite file in write-ahead-log mode through GRDB.
///
/// Readers never wait for the writer (WAL); `synchronous = FULL` makes every committed batch
/// survive a crash of the process or of the machine.
public final class SQLiteStore: NodeStore {
    private let pool: DatabasePool
    private let clock: StoreClock

    /// Opens (creating if needed) the database file at `path`.
    public init(path: String, clock: StoreClock = .system) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        self.clock = clock
    }

    public func migrate() async throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-vessels-positions-events-zones") { db in
            for statement in StoreSchema.version1(integer: "INTEGER", real: "REAL") {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration("2-labels-on-events-and-zones") { db in
            for statement in StoreSchema.version2 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("3-event-labels-catalogue") { db in
            for statement in StoreSchema.version3(key: Self.labelsKey) { try db.execute(sql: statement) }
        }
        try migrator.migrate(pool)
    }

    public func adoptUnlabelled(_ labels: Labels) async throws -> Int {
        let text = LabelsColumn.text(labels)
        return try await pool.write { db in
            var changed = 0
            for statement in StoreSchema.adoptUnlabelled(placeholder: "?") {
                try db.execute(sql: statement, arguments: [text])
                changed += db.changesCount
            }
            // in the same transaction as the adoption, so that no adopted set goes uncatalogued
            if changed > 0 { try db.execute(sql: Self.catalogueSQL, arguments: [text]) }
            return changed
        }
    }

    public func write(_ batch: IngestBatch) async throws {
        let now = clock.now()
        try await pool.write { db in
            // statements compiled once per connection (GRDB's cache), not once per row
            let upsertVessel = try db.cachedStatement(sql: Self.upsertVesselSQL)
            let insertPosition = try db.cachedStatement(sql: Self.insertPositionSQL)
            for v in batch.vessels {
                try upsertVessel.execute(
                    arguments: [
                        Int64(v.mmsi), v.name, v.callSign, v.imo.map { Int64($0) }, v.shipType, v.flag, v.destination,
                        v.latitude, v.longitude, v.speed, v.course, v.heading, v.time, now,
                    ]
                )
            }
            for p in batch.positions {
                try insertPosition.execute(
                    arguments: [Int64(p.mmsi), p.time, p.latitude, p.longitude, p.speed, p.course, p.heading]
                )
            }
            let upsertEvent = try db.cachedStatement(sql: Self.upsertEventSQL)
            var labelSets: Set<String> = []
            for e in batch.events {
                let labels = LabelsColumn.text(e.labels)
                labelSets.insert(labels)
                try upsertEvent.execute(
                    arguments: [
                        e.id, e.type, e.mmsiColumn, e.start, e.end, e.latitude, e.longitude, e.zone, e.detailsJSON, now,
                        labels,
                    ]
                )
            }
            let catalogue = try db.cachedStatement(sql: Self.catalogueSQL)
            for labels in labelSets { try catalogue.execute(arguments: [labels]) }
            for id in batch.withdrawnEvents {
                try db.execute(sql: "DELETE FROM events WHERE id = ?", arguments: [id])
            }
        }
    }

    private static let upsertEventSQL = StoreSchema.upsertEvent(placeholders: Array(repeating: "?", count: 11))
    private static let upsertVesselSQL = StoreSchema.upsertVessel(placeholders: Array(repeating: "?", count: 14))
    private static let insertPositionSQL = """
        INSERT INTO positions (mmsi, time, lat, lon, speed, course, heading)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mmsi, time) DO NOTHING
        """

    public func vessels(_ query: VesselQuery) async throws -> [StoredVessel] {
        var clauses = ["lat IS NOT NULL", "lon IS NOT NULL"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let box = query.box {
            clauses.append("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
            arguments += [box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude]
        }
        if let types = query.shipTypes {
            clauses.append("ship_type IN (\(types.map { String($0) }.joined(separator: ",")))")
            if types.isEmpty { clauses.append("0") }
        }
        if let flag = query.flag {
            clauses.append("flag = ?")
            arguments.append(flag)
        }
        if let name = query.nameContains {
            clauses.append("name LIKE ? ESCAPE '\\'")
            arguments.append("%" + StoreSchema.escapeLike(name) + "%")
        }
        arguments.append(query.limit)
        let sql =
            "SELECT \(StoreSchema.vesselColumns) FROM vessels WHERE \(clauses.joined(separator: " AND ")) ORDER BY mmsi LIMIT ?"
        let (query, bound) = (sql, StatementArguments(arguments))
        return try await pool.read { db in
            try Row.fetchAll(db, sql: query, arguments: bound).map(Self.vessel)
        }
    }

    public func vessel(mmsi: UInt32) async throws -> StoredVessel? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT \(StoreSchema.vesselColumns) FROM vessels WHERE mmsi = ?",
                arguments: [Int64(mmsi)]
            ).map(Self.vessel)
        }
    }

    public func track(mmsi: UInt32, from: Int64, to: Int64, limit: Int) async throws -> [StoredPosition] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT mmsi, time, lat, lon, speed, course, heading FROM positions
                    WHERE mmsi = ? AND time BETWEEN ? AND ? ORDER BY time LIMIT ?
                    """,
                arguments: [Int64(mmsi), from, to, limit]
            ).map(Self.position)
        }
    }

    public func positions(at time: Int64, window: Int64, box: BoundingBox?) async throws -> [StoredPosition] {
        var sql = StoreSchema.positionsAt(time: "?", earliest: "?")
        var arguments: [(any DatabaseValueConvertible)?] = [time, time - window]
        if let box {
            sql += " WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?"
            arguments += [box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude]
        }
        sql += " ORDER BY p.mmsi"
        let (query, bound) = (sql, StatementArguments(arguments))
        return try await pool.read { db in
            try Row.fetchAll(db, sql: query, arguments: bound).map(Self.position)
        }
    }

    public func events(_ query: EventQuery) async throws -> [StoredEvent] {
        var clauses = ["1"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let type = query.type {
            clauses.append("type = ?")
            arguments.append(type)
        }
        if let to = query.to {
            clauses.append("start_time <= ?")
            arguments.append(to)
        }
        if let from = query.from {
            clauses.append("(end_time IS NULL OR end_time >= ?)")
            arguments.append(from)
        }
        if let mmsi = query.mmsi {
            clauses.append("mmsi LIKE ?")
            arguments.append("%,\(mmsi),%")
        }
        if let zone = query.zone {
            clauses.append("zone = ?")
            arguments.append(zone)
        }
        if let keys = query.labelKeys {
            clauses.append("labels IN (\(Array(repeating: "?", count: keys.count).joined(separator: ", ")))")
            arguments += keys
        }
        if let after = query.after {
            clauses.append(StoreSchema.eventsBefore(start: "?", start: "?", id: "?"))
            arguments += [after.start, after.start, after.id]
        }
        arguments.append(query.limit)
        let sql = """
            SELECT \(StoreSchema.eventColumns) FROM events WHERE \(clauses.joined(separator: " AND "))
            ORDER BY start_time DESC, id DESC LIMIT ?
            """
        let (query, bound) = (sql, StatementArguments(arguments))
        return try await pool.read { db in
            var labels = LabelsColumn.Reader()
            return try Row.fetchAll(db, sql: query, arguments: bound).map { Self.event($0, &labels) }
        }
    }

    /// A label set's catalogue key on SQLite: its text (SQLite limits no index entry's size).
    static func labelsKey(_ labels: String) -> String { labels }
    static let catalogueSQL = StoreSchema.catalogueLabels(placeholder: "?1", key: labelsKey)

    public func eventLabels() async throws -> [EventLabelSet] {
        try await pool.read { db in
            var labels = LabelsColumn.Reader()
            return try Row.fetchAll(db, sql: StoreSchema.catalogued).map {
                EventLabelSet(labels: labels.labels($0[1]), key: $0[0])
            }
        }
    }

    public func event(id: String) async throws -> StoredEvent? {
        try await pool.read { db in
            var labels = LabelsColumn.Reader()
            return try Row.fetchOne(
                db,
                sql: "SELECT \(StoreSchema.eventColumns) FROM events WHERE id = ?",
                arguments: [id]
            ).map { Self.event($0, &labels) }
        }
    }

    public func zones() async throws -> [StoredZone] {
        try await pool.read { db in
            var labels = LabelsColumn.Reader()
            return try Row.fetchAll(db, sql: "SELECT \(StoreSchema.zoneColumns) FROM zones ORDER BY id").map { row in
                StoredZone(
                    id: row[0],
                    name: row[1],
                    kind: row[2],
                    geometryJSON: row[3],
                    created: row[4],
                    labels: labels.labels(row[5])
                )
            }
        }
    }

    public func saveZone(_ zone: StoredZone) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO zones (id, name, kind, geometry, created, labels) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                    geometry = excluded.geometry, labels = excluded.labels
                    """,
                arguments: [
                    zone.id, zone.name, zone.kind, zone.geometryJSON, zone.created, LabelsColumn.text(zone.labels),
                ]
            )
        }
    }

    public func deleteZone(id: String) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM zones WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    public func prune(retentionMilliseconds: Int64) async throws -> Int {
        let cutoff = clock.now() - retentionMilliseconds
        return try await pool.write { db in
            try db.execute(sql: "DELETE FROM positions WHERE time < ?", arguments: [cutoff])
            var removed = db.changesCount
            try db.execute(sql: "DELETE FROM events WHERE end_time IS NOT NULL AND end_time < ?", arguments: [cutoff])
            removed += db.changesCount
            return removed
        }
    }

    public func counts() async throws -> StoreCounts {
        try await pool.read { db in
            StoreCounts(
                vessels: try Int.fetchOne(db, sql: "SELECT count(*) FROM vessels") ?? 0,
                positions: try Int.fetchOne(db, sql: "SELECT count(*) FROM positions") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0,
                zones: try Int.fetchOne(db, sql: "SELECT count(*) FROM zones") ?? 0
            )
        }
    }

    /// Runs SQLite's own consistency check; the result is "ok" for an intact file.
    public func integrityCheck() async throws -> String {
        try await pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    public func close() async throws { try pool.close() }

    private static func vessel(_ row: Row) -> StoredVessel {
        StoredVessel(
            mmsi: UInt32(row[0] as Int64),
            name: row[1],
            callSign: row[2],
            imo: (row[3] as Int64?).map { UInt32($0) },
            shipType: row[4],
            flag: row[5],
            destination: row[6],
            latitude: row[7],
            longitude: row[8],
            speed: row[9],
            course: row[10],
            heading: row[11],
            time: row[12]
        )
    }

    private static func position(_ row: Row) -> StoredPosition {
        StoredPosition(
            mmsi: UInt32(row[0] as Int64),
            time: row[1],
            latitude: row[2],
            longitude: row[3],
            speed: row[4],
            course: row[5],
            heading: row[6]
        )
    }

    private static func event(_ row: Row, _ labels: inout LabelsColumn.Reader) -> StoredEvent {
        StoredEvent(
            id: row[0],
            type: row[1],
            mmsi: StoredEvent.mmsiList(row[2]),
            start: row[3],
            end: row[4],
            latitude: row[5],
            longitude: row[6],
            zone: row[7],
            detailsJSON: row[8],
            labels: labels.labels(row[9])
        )
    }
}
