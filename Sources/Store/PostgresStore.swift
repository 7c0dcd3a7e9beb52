import Foundation
import Logging
import PostgresNIO
import Sharing

/// The team store: PostgreSQL through postgres-nio's connection pool.
///
/// The pool runs in a task the store owns; ``close()`` ends it.
public final class PostgresStore: NodeStore {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let clock: StoreClock
    private let logger: Logger

    /// Connects lazily to the server a `postgres://user:password@host:port/database` URL names.
    public init(url: String, clock: StoreClock = .system, logger: Logger) throws {
        let configuration = try Self.configuration(url)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
        self.clock = clock
        self.logger = logger
    }

    public func migrate() async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7301)", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS kizuna_migrations (version BIGINT PRIMARY KEY)",
                logger: logger
            )
            let rows = try await connection.query("SELECT max(version) FROM kizuna_migrations", logger: logger)
            var current: Int64 = 0
            for try await (version) in rows.decode((Int64?).self) { current = version ?? 0 }
            if current < 1 {
                for statement in StoreSchema.version1(integer: "BIGINT", real: "DOUBLE PRECISION") {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO kizuna_migrations (version) VALUES (1)", logger: logger)
            }
            if current < 2 {
                for statement in StoreSchema.version2 {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO kizuna_migrations (version) VALUES (2)", logger: logger)
            }
            if current < 3 {
                for statement in StoreSchema.version3(key: Self.labelsKey) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO kizuna_migrations (version) VALUES (3)", logger: logger)
            }
        }
    }

    /// A label set's catalogue key on PostgreSQL: the MD5 of its text, as a B-tree index entry may
    /// not exceed 2,704 bytes and a labels text may be longer.
    static func labelsKey(_ labels: String) -> String { "md5(\(labels))" }

    public func adoptUnlabelled(_ labels: Labels) async throws -> Int {
        let text = LabelsColumn.text(labels)
        // one transaction, so that no adopted set goes uncatalogued
        return try await client.withTransaction(logger: logger) { connection in
            var changed = 0
            for statement in StoreSchema.adoptUnlabelled(placeholder: "$1") {
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: statement + " RETURNING 1", binds: Self.bindings(text)),
                    logger: logger
                )
                for try await _ in rows { changed += 1 }
            }
            if changed > 0 {
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: StoreSchema.catalogueLabels(placeholder: "$1", key: Self.labelsKey),
                        binds: Self.bindings(text)
                    ),
                    logger: logger
                )
            }
            return changed
        }
    }

    public func write(_ batch: IngestBatch) async throws {
        let now = clock.now()
        try await client.withTransaction(logger: logger) { connection in
            // a few statements of many rows each, not a round trip per row
            for round in Self.rounds(batch.vessels, by: \.mmsi) {
                try await insert(round, columns: 14, on: connection, StoreSchema.upsertVessels) { v, binds in
                    binds.append(Int64(v.mmsi))
                    binds.append(v.name)
                    binds.append(v.callSign)
                    binds.append(v.imo.map(Int64.init))
                    binds.append(v.shipType.map(Int64.init))
                    binds.append(v.flag)
                    binds.append(v.destination)
                    binds.append(v.latitude)
                    binds.append(v.longitude)
                    binds.append(v.speed)
                    binds.append(v.course)
                    binds.append(v.heading.map(Int64.init))
                    binds.append(v.time)
                    binds.append(now)
                }
            }
            try await insert(batch.positions, columns: 7, on: connection) { values in
                """
                INSERT INTO positions (mmsi, time, lat, lon, speed, course, heading)
                VALUES \(values) ON CONFLICT (mmsi, time) DO NOTHING
                """
            } bind: { p, binds in
                binds.append(Int64(p.mmsi))
                binds.append(p.time)
                binds.append(p.latitude)
                binds.append(p.longitude)
                binds.append(p.speed)
                binds.append(p.course)
                binds.append(p.heading.map(Int64.init))
            }
            for round in Self.rounds(batch.events, by: \.id) {
                try await insert(round, columns: 11, on: connection, StoreSchema.upsertEvents) { e, binds in
                    binds.append(e.id)
                    binds.append(e.type)
                    binds.append(e.mmsiColumn)
                    binds.append(e.start)
                    binds.append(e.end)
                    binds.append(e.latitude)
                    binds.append(e.longitude)
                    binds.append(e.zone)
                    binds.append(e.detailsJSON)
                    binds.append(now)
                    binds.append(LabelsColumn.text(e.labels))
                }
            }
            let labelSets = Set(batch.events.map { LabelsColumn.text($0.labels) })
            if !labelSets.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO event_labels (key, labels) SELECT md5(l), l FROM unnest(\(Array(labelSets))) AS l
                    ON CONFLICT (key) DO NOTHING
                    """,
                    logger: logger
                )
            }
            if !batch.withdrawnEvents.isEmpty {
                try await connection.query(
                    "DELETE FROM events WHERE id = ANY(\(batch.withdrawnEvents))",
                    logger: logger
                )
            }
        }
    }

    /// Rows per multi-row statement: 500 × 14 binds stays far below PostgreSQL's 65,535.
    static let rowsPerStatement = 500

    /// Runs `statement(values)` for `rows` in parts of at most ``rowsPerStatement``, where `values` is
    /// `($1, …, $columns), (…), …` and `bind` appends one row's `columns` values.
    private func insert<Row>(
        _ rows: [Row],
        columns: Int,
        on connection: PostgresConnection,
        _ statement: (String) -> String,
        bind: (Row, inout PostgresBindings) -> Void
    ) async throws {
        for start in stride(from: 0, to: rows.count, by: Self.rowsPerStatement) {
            let part = rows[start..<min(start + Self.rowsPerStatement, rows.count)]
            var binds = PostgresBindings(capacity: part.count * columns)
            for row in part { bind(row, &binds) }
            let values = (0..<part.count).map { row in
                "(" + (1...columns).map { "$\(row * columns + $0)" }.joined(separator: ", ") + ")"
            }
            try await connection.query(
                PostgresQuery(unsafeSQL: statement(values.joined(separator: ", ")), binds: binds),
                logger: logger
            )
        }
    }

    /// The rows split so that no key comes twice in one part (one statement may not upsert a row
    /// twice), each key's rows in their order across the parts.
    static func rounds<Row, Key: Hashable>(_ rows: [Row], by key: (Row) -> Key) -> [[Row]] {
        var rounds: [[Row]] = []
        var seen: [Key: Int] = [:]
        for row in rows {
            let round = seen[key(row), default: 0]
            seen[key(row)] = round + 1
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(row)
        }
        return rounds
    }

    public func vessels(_ query: VesselQuery) async throws -> [StoredVessel] {
        var clauses = ["lat IS NOT NULL", "lon IS NOT NULL"]
        var binds = PostgresBindings()
        func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        if let box = query.box {
            clauses.append(
                "lat BETWEEN \(bind(box.minLatitude)) AND \(bind(box.maxLatitude)) "
                    + "AND lon BETWEEN \(bind(box.minLongitude)) AND \(bind(box.maxLongitude))"
            )
        }
        if let types = query.shipTypes {
            clauses.append("ship_type = ANY(\(bind(types.map { Int64($0) })))")
        }
        if let flag = query.flag { clauses.append("flag = \(bind(flag))") }
        if let name = query.nameContains {
            clauses.append("name ILIKE \(bind("%" + StoreSchema.escapeLike(name) + "%"))")
        }
        let sql = """
            SELECT \(StoreSchema.vesselColumns) FROM vessels WHERE \(clauses.joined(separator: " AND "))
            ORDER BY mmsi LIMIT \(bind(Int64(query.limit)))
            """
        return try await fetchVessels(PostgresQuery(unsafeSQL: sql, binds: binds))
    }

    public func vessel(mmsi: UInt32) async throws -> StoredVessel? {
        try await fetchVessels(
            PostgresQuery(
                unsafeSQL: "SELECT \(StoreSchema.vesselColumns) FROM vessels WHERE mmsi = $1",
                binds: Self.bindings(Int64(mmsi))
            )
        ).first
    }

    private func fetchVessels(_ query: PostgresQuery) async throws -> [StoredVessel] {
        var found: [StoredVessel] = []
        for try await row in try await client.query(query, logger: logger) {
            let r = row.makeRandomAccess()
            found.append(
                StoredVessel(
                    mmsi: UInt32(try r[0].decode(Int64.self)),
                    name: try r[1].decode(String?.self),
                    callSign: try r[2].decode(String?.self),
                    imo: try r[3].decode(Int64?.self).map(UInt32.init),
                    shipType: try r[4].decode(Int64?.self).map(Int.init),
                    flag: try r[5].decode(String?.self),
                    destination: try r[6].decode(String?.self),
                    latitude: try r[7].decode(Double?.self),
                    longitude: try r[8].decode(Double?.self),
                    speed: try r[9].decode(Double?.self),
                    course: try r[10].decode(Double?.self),
                    heading: try r[11].decode(Int64?.self).map(Int.init),
                    time: try r[12].decode(Int64?.self)
                )
            )
        }
        return found
    }

    public func track(mmsi: UInt32, from: Int64, to: Int64, limit: Int) async throws -> [StoredPosition] {
        try await fetchPositions(
            """
            SELECT mmsi, time, lat, lon, speed, course, heading FROM positions
            WHERE mmsi = \(Int64(mmsi)) AND time BETWEEN \(from) AND \(to) ORDER BY time LIMIT \(Int64(limit))
            """
        )
    }

    private func fetchPositions(_ query: PostgresQuery) async throws -> [StoredPosition] {
        let rows = try await client.query(query, logger: logger)
        var points: [StoredPosition] = []
        for try await (m, t, lat, lon, speed, course, heading) in rows.decode(
            (Int64, Int64, Double, Double, Double?, Double?, Int64?).self
        ) {
            points.append(
                StoredPosition(
                    mmsi: UInt32(m),
                    time: t,
                    latitude: lat,
                    longitude: lon,
                    speed: speed,
                    course: course,
                    heading: heading.map(Int.init)
                )
            )
        }
        return points
    }

    public func positions(at time: Int64, window: Int64, box: BoundingBox?) async throws -> [StoredPosition] {
        var binds = PostgresBindings()
        binds.append(time)
        binds.append(time - window)
        var sql = StoreSchema.positionsAt(time: "$1", earliest: "$2")
        if let box {
            sql += " WHERE p.lat BETWEEN $3 AND $4 AND p.lon BETWEEN $5 AND $6"
            for value in [box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude] { binds.append(value) }
        }
        return try await fetchPositions(PostgresQuery(unsafeSQL: sql + " ORDER BY p.mmsi", binds: binds))
    }

    public func events(_ query: EventQuery) async throws -> [StoredEvent] {
        var clauses = ["TRUE"]
        var binds = PostgresBindings()
        func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        if let type = query.type { clauses.append("type = \(bind(type))") }
        if let to = query.to { clauses.append("start_time <= \(bind(to))") }
        if let from = query.from { clauses.append("(end_time IS NULL OR end_time >= \(bind(from)))") }
        if let mmsi = query.mmsi { clauses.append("mmsi LIKE \(bind("%,\(mmsi),%"))") }
        if let zone = query.zone { clauses.append("zone = \(bind(zone))") }
        if let keys = query.labelKeys { clauses.append("\(Self.labelsKey("labels")) = ANY(\(bind(keys)))") }
        if let after = query.after {
            let start = bind(after.start)
            clauses.append(StoreSchema.eventsBefore(start: start, start: start, id: bind(after.id)))
        }
        let sql = """
            SELECT \(StoreSchema.eventColumns) FROM events WHERE \(clauses.joined(separator: " AND "))
            ORDER BY start_time DESC, id DESC LIMIT \(bind(Int64(query.limit)))
            """
        return try await fetchEvents(PostgresQuery(unsafeSQL: sql, binds: binds))
    }

    public func eventLabels() async throws -> [EventLabelSet] {
        var labels = LabelsColumn.Reader()
        var found: [EventLabelSet] = []
        let rows = try await client.query(PostgresQuery(unsafeSQL: StoreSchema.catalogued), logger: logger)
        for try await (key, text) in rows.decode((String, String).self) {
            found.append(EventLabelSet(labels: labels.labels(text), key: key))
        }
        return found
    }

    public func event(id: String) async throws -> StoredEvent? {
        try await fetchEvents(
            PostgresQuery(
                unsafeSQL: "SELECT \(StoreSchema.eventColumns) FROM events WHERE id = $1",
                binds: Self.bindings(id)
            )
        ).first
    }

    private func fetchEvents(_ query: PostgresQuery) async throws -> [StoredEvent] {
        var found: [StoredEvent] = []
        var labels = LabelsColumn.Reader()
        for try await (id, type, mmsi, start, end, lat, lon, zone, details, labelsText) in try await client.query(
            query,
            logger: logger
        ).decode((String, String, String, Int64, Int64?, Double, Double, String?, String, String?).self) {
            found.append(
                StoredEvent(
                    id: id,
                    type: type,
                    mmsi: StoredEvent.mmsiList(mmsi),
                    start: start,
                    end: end,
                    latitude: lat,
                    longitude: lon,
                    zone: zone,
                    detailsJSON: details,
                    labels: labels.labels(labelsText)
                )
            )
        }
        return found
    }

    public func zones() async throws -> [StoredZone] {
        var found: [StoredZone] = []
        var labels = LabelsColumn.Reader()
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: "SELECT \(StoreSchema.zoneColumns) FROM zones ORDER BY id"),
            logger: logger
        )
        for try await (id, name, kind, geometry, created, labelsText) in rows.decode(
            (String, String, String, String, Int64, String?).self
        ) {
            found.append(
                StoredZone(
                    id: id,
                    name: name,
                    kind: kind,
                    geometryJSON: geometry,
                    created: created,
                    labels: labels.labels(labelsText)
                )
            )
        }
        return found
    }

    public func saveZone(_ zone: StoredZone) async throws {
        try await client.query(
            """
            INSERT INTO zones (id, name, kind, geometry, created, labels)
            VALUES (\(zone.id), \(zone.name), \(zone.kind), \(zone.geometryJSON), \(zone.created),
            \(LabelsColumn.text(zone.labels)))
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, geometry = excluded.geometry,
            labels = excluded.labels
            """,
            logger: logger
        )
    }

    public func deleteZone(id: String) async throws -> Bool {
        let rows = try await client.query("DELETE FROM zones WHERE id = \(id) RETURNING id", logger: logger)
        var deleted = false
        for try await _ in rows { deleted = true }
        return deleted
    }

    public func prune(retentionMilliseconds: Int64) async throws -> Int {
        let cutoff = clock.now() - retentionMilliseconds
        var removed = 0
        for try await _ in try await client.query(
            "DELETE FROM positions WHERE time < \(cutoff) RETURNING 1",
            logger: logger
        ) { removed += 1 }
        for try await _ in try await client.query(
            "DELETE FROM events WHERE end_time IS NOT NULL AND end_time < \(cutoff) RETURNING 1",
            logger: logger
        ) { removed += 1 }
        return removed
    }

    public func counts() async throws -> StoreCounts {
        let rows = try await client.query(
            """
            SELECT (SELECT count(*) FROM vessels), (SELECT count(*) FROM positions), (SELECT count(*) FROM events),
            (SELECT count(*) FROM zones)
            """,
            logger: logger
        )
        for try await (v, p, e, z) in rows.decode((Int64, Int64, Int64, Int64).self) {
            return StoreCounts(vessels: Int(v), positions: Int(p), events: Int(e), zones: Int(z))
        }
        return StoreCounts(vessels: 0, positions: 0, events: 0, zones: 0)
    }

    /// Drops every table this store made: for tests that need an empty database.
    /// The connection settings a `postgres://user:password@host:port/database` URL names.
    static func configuration(_ url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme),
            let host = components.host
        else { throw StoreError.badLocation(url) }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        return PostgresClient.Configuration(
            host: host,
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: components.password,
            database: database.isEmpty ? nil : database,
            tls: .disable
        )
    }

    public func dropAll() async throws {
        try await client.query(
            "DROP TABLE IF EXISTS vessels, positions, events, event_labels, zones, kizuna_migrations",
            logger: logger
        )
    }

    /// Runs one SQL statement as it is: for tests that build an older schema by hand.
    func execute(_ sql: String) async throws {
        try await client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
    }

    public func close() async throws {
        runner.cancel()
        await runner.value
    }

    private static func bindings(_ value: some PostgresDynamicTypeEncodable) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(value)
        return binds
    }
}
