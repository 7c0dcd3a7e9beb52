import Foundation
import Logging
import Sharing
import Testing

@testable import Store

// In NodeStoreTests' suite, so that it is serialized with the other PostgreSQL cases (one database).
extension NodeStoreTests {
    static let releasedToGBR = Labels(owner: "jp-mod", tlp: .green, releasableTo: ["GBR"])
    static let amber = Labels(owner: "gb-mod", tlp: .amber, releasableTo: ["nato-hq", "ip4"], classification: "SECRET")

    static func labelledEvent(_ id: String, start: Int64, labels: Labels) -> StoredEvent {
        StoredEvent(id: id, type: "gap", mmsi: [1], start: start, latitude: 0, longitude: 0, labels: labels)
    }

    @Test(arguments: StoreBackend.available)
    func labelsRoundTripAndPagesFollowTheListOrder(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            var rng = SystemRandomNumberGenerator()
            // starts repeat, so that the cursor's id breaks ties
            let events = (0..<60).map { i in
                Self.labelledEvent(
                    "e\(i)",
                    start: Int64.random(in: 0...9, using: &rng),
                    labels: i % 3 == 0 ? Self.amber : Self.releasedToGBR
                )
            }
            try await store.write(IngestBatch(events: events))
            let all = try await store.events(EventQuery(limit: 1000))
            #expect(Set(all) == Set(events))
            for size in [1, 7, 59, 60] {
                var paged: [StoredEvent] = []
                var query = EventQuery(limit: size)
                while true {
                    let page = try await store.events(query)
                    paged += page
                    guard page.count == size, let last = page.last else { break }
                    query.after = EventCursor(after: last)
                }
                #expect(paged == all, "pages of \(size)")
            }
            let gaps = try await store.events(EventQuery(type: "gap", after: EventCursor(start: 5, id: "e30")))
            #expect(gaps == all.filter { ($0.start, $0.id) < (5, "e30") })
        }
    }

    @Test(arguments: StoreBackend.available)
    func theCatalogueNamesEveryLabelSetAndListsFilterByIt(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            #expect(try await store.eventLabels().isEmpty)
            let picture = Labels(owner: "jp-mod", tlp: .clear)
            let events = (0..<30).map { i in
                Self.labelledEvent("e\(i)", start: Int64(i), labels: [Self.amber, Self.releasedToGBR, picture][i % 3])
            }
            try await store.write(IngestBatch(events: Array(events[..<10])))
            try await store.write(IngestBatch(events: Array(events[10...])))
            try await store.write(IngestBatch(events: [events[4]]))  // an update adds no set
            let sets = try await store.eventLabels()
            #expect(Set(sets.map(\.labels)) == [Self.amber, Self.releasedToGBR, picture] && sets.count == 3)

            var query = EventQuery(limit: 4)
            query.labelKeys = sets.filter { $0.labels != Self.releasedToGBR }.map(\.key)
            let wanted = events.filter { $0.labels != Self.releasedToGBR }.sorted { $0.start > $1.start }
            #expect(try await store.events(query) == Array(wanted.prefix(4)))
            query.after = EventCursor(after: wanted[3])
            #expect(try await store.events(query) == Array(wanted[4..<8]))
            query.labelKeys = []
            #expect(try await store.events(query).isEmpty)

            // labels of kilobytes (250 partners named) are stored, catalogued and found like any
            let many = Labels(
                owner: "jp-mod",
                tlp: .amber,
                releasableTo: (0..<250).map { "partner-organisation-\($0)-" + String(repeating: "x", count: 30) }
            )
            try await store.write(IngestBatch(events: [Self.labelledEvent("wide", start: 99, labels: many)]))
            let wide = try #require(try await store.eventLabels().first { $0.labels == many })
            query = EventQuery()
            query.labelKeys = [wide.key]
            #expect(try await store.events(query).map(\.id) == ["wide"])
        }
    }

    /// Builds a SQLite file as the node wrote it before labels existed (GRDB's migration table holding
    /// only the first migration), with one event and one zone.
    static func oldSQLiteFile(at path: String) throws {
        let schema = StoreSchema.version1(integer: "INTEGER", real: "REAL").map { $0 + ";" }.joined(separator: "\n")
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript(sys.argv[2])
            db.execute("CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            db.execute("INSERT INTO grdb_migrations VALUES ('1-vessels-positions-events-zones')")
            db.execute("INSERT INTO events (id, type, mmsi, start_time, lat, lon, zone, details, updated) "
                       "VALUES ('old-1', 'zone_entry', ',7,', 5, 25.7, 123.5, 'z', '{}', 5)")
            db.execute("INSERT INTO zones (id, name, kind, geometry, created) VALUES ('z', 'Z', 'file', '{}', 1)")
            db.commit()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path, schema]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func anOldSQLiteFileIsMigratedAndItsRowsTakeThePictureLabels() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-old-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("node.sqlite").path
        try Self.oldSQLiteFile(at: path)
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        // before adoption nobody may read the old rows
        let unlabelled = try #require(try await store.event(id: "old-1"))
        #expect(unlabelled.labels == LabelsColumn.unreadable)
        #expect(try await store.eventLabels().isEmpty)
        #expect(try await store.adoptUnlabelled(Self.releasedToGBR) == 2)
        #expect(try await store.event(id: "old-1")?.labels == Self.releasedToGBR)
        #expect(try await store.zones().map(\.labels) == [Self.releasedToGBR])
        #expect(try await store.eventLabels().map(\.labels) == [Self.releasedToGBR])
        // labelled rows keep their labels at the next start
        try await store.write(IngestBatch(events: [Self.labelledEvent("new", start: 9, labels: Self.amber)]))
        try await store.migrate()
        #expect(try await store.adoptUnlabelled(Labels(owner: "other", tlp: .red)) == 0)
        #expect(try await store.event(id: "new")?.labels == Self.amber)
        #expect(try await store.event(id: "old-1")?.labels == Self.releasedToGBR)
        #expect(Set(try await store.eventLabels().map(\.labels)) == [Self.releasedToGBR, Self.amber])
        try await store.close()
    }

    /// A file from before the catalogue (migration 2) gets one listing the sets its events carry.
    @Test func aVersionTwoSQLiteFileCataloguesItsEventsLabels() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-v2-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("node.sqlite").path
        var store = try SQLiteStore(path: path)
        try await store.migrate()
        try await store.write(
            IngestBatch(
                events: (0..<4).map {
                    Self.labelledEvent("e\($0)", start: 1, labels: $0 == 0 ? Self.amber : Self.releasedToGBR)
                }
            )
        )
        try await store.close()
        let undo = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript("DROP INDEX events_labels_start; DROP TABLE event_labels; "
                             "DELETE FROM grdb_migrations WHERE identifier LIKE '3-%';")
            # the same labels as e1–e3 in another text (keys in another order)
            db.execute("UPDATE events SET labels = ? WHERE id = 'e3'",
                       ('{"tlp":"GREEN","releasableTo":["GBR"],"owner":"jp-mod"}',))
            db.commit()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", undo, path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        store = try SQLiteStore(path: path)
        try await store.migrate()
        let sets = try await store.eventLabels()
        #expect(Set(sets.map(\.labels)) == [Self.amber, Self.releasedToGBR] && sets.count == 3)
        var query = EventQuery()
        query.labelKeys = sets.filter { $0.labels == Self.amber }.map(\.key)
        #expect(try await store.events(query).map(\.id) == ["e0"])
        // both texts of one set are keys of it, so no event of it is missed
        query.labelKeys = sets.filter { $0.labels == Self.releasedToGBR }.map(\.key)
        #expect(Set(try await store.events(query).map(\.id)) == ["e1", "e2", "e3"])
        try await store.close()
    }

    @Test(.enabled(if: StoreBackend.available.contains(.postgres)))
    func anOldPostgreSQLSchemaIsMigratedAndItsRowsTakeThePictureLabels() async throws {
        let url = StoreBackend.postgresURL ?? "postgres://kizuna:kizuna@127.0.0.1:5432/kizuna_test"
        let store = try PostgresStore(url: url, logger: Logger(label: "store-tests"))
        do {
            try await store.dropAll()
            for statement in StoreSchema.version1(integer: "BIGINT", real: "DOUBLE PRECISION") {
                try await store.execute(statement)
            }
            try await store.execute("CREATE TABLE kizuna_migrations (version BIGINT PRIMARY KEY)")
            try await store.execute("INSERT INTO kizuna_migrations VALUES (1)")
            try await store.execute(
                """
                INSERT INTO events (id, type, mmsi, start_time, lat, lon, zone, details, updated)
                VALUES ('old-1', 'zone_entry', ',7,', 5, 25.7, 123.5, 'z', '{}', 5)
                """
            )
            try await store.execute(
                "INSERT INTO zones (id, name, kind, geometry, created) VALUES ('z', 'Z', 'f', '{}', 1)"
            )
            try await store.migrate()
            #expect(try await store.event(id: "old-1")?.labels == LabelsColumn.unreadable)
            #expect(try await store.adoptUnlabelled(Self.releasedToGBR) == 2)
            #expect(try await store.event(id: "old-1")?.labels == Self.releasedToGBR)
            #expect(try await store.zones().map(\.labels) == [Self.releasedToGBR])
            #expect(try await store.eventLabels().map(\.labels) == [Self.releasedToGBR])
            try await store.migrate()
            #expect(try await store.adoptUnlabelled(Self.amber) == 0)
            try await store.close()
        } catch {
            try? await store.close()
            throw error
        }
    }
}
