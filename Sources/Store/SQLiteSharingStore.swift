import Foundation
import GRDB
import Sharing

/// ``SharingStore`` on SQLite through GRDB: a file of its own beside the node's picture database,
/// or in memory for tests and `memory:` nodes.
public final class SQLiteSharingStore: SharingStore {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the file at `path`, or an in-memory database when nil.
    public init(path: String?) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        configuration.busyMode = .timeout(10)
        writer =
            if let path { try DatabasePool(path: path, configuration: configuration) } else {
                try DatabaseQueue(configuration: configuration)
            }
    }

    public func migrate() async throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("sharing-1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, nation TEXT);
                    CREATE TABLE sharing_groups (id TEXT PRIMARY KEY, name TEXT NOT NULL, members TEXT NOT NULL);
                    CREATE TABLE users (name TEXT PRIMARY KEY, organisation TEXT NOT NULL, role TEXT NOT NULL,
                        password_hash TEXT, disabled INTEGER NOT NULL);
                    CREATE TABLE tokens (digest TEXT PRIMARY KEY, user TEXT NOT NULL, kind TEXT NOT NULL,
                        created INTEGER NOT NULL, expires INTEGER, revoked INTEGER NOT NULL);
                    CREATE INDEX tokens_user ON tokens (user);
                    CREATE TABLE record_versions (change INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL,
                        version INTEGER NOT NULL, body TEXT NOT NULL, UNIQUE (id, version));
                    CREATE TABLE audit (sequence INTEGER PRIMARY KEY, line TEXT NOT NULL);
                    CREATE TABLE peers (organisation TEXT PRIMARY KEY, url TEXT NOT NULL, public_key TEXT NOT NULL);
                    CREATE TABLE cursors (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
                    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    """
            )
        }
        Self.registerDirectoryGeneration(in: &migrator)
        try migrator.migrate(writer)
    }

    /// Writes one row of `table`, replacing its other columns when a row with the same first column
    /// (the key) exists: the upsert of every keyed table here. `arguments` hold one value per column.
    private func upsert(_ table: String, _ columns: [String], _ arguments: StatementArguments) async throws {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let sql =
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders)) "
            + "ON CONFLICT (\(columns[0])) DO UPDATE SET \(updates)"
        try await writer.write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    public func saveOrganisation(_ o: Organisation) async throws {
        try await upsert("organisations", ["id", "name", "nation"], [o.id, o.name, o.nation])
    }

    public func organisations() async throws -> [Organisation] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, nation FROM organisations ORDER BY id").map {
                Organisation(id: $0["id"], name: $0["name"], nation: $0["nation"])
            }
        }
    }

    public func saveGroup(_ g: SharingGroup) async throws {
        try await upsert(
            "sharing_groups",
            ["id", "name", "members"],
            [g.id, g.name, g.members.sorted().joined(separator: ",")]
        )
    }

    public func groups() async throws -> [SharingGroup] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, members FROM sharing_groups ORDER BY id").map { row in
                let members: String = row["members"]
                return SharingGroup(
                    id: row["id"],
                    name: row["name"],
                    members: Set(members.split(separator: ",").map(String.init))
                )
            }
        }
    }

    public func saveUser(_ u: User) async throws {
        try await upsert(
            "users",
            ["name", "organisation", "role", "password_hash", "disabled"],
            [u.name, u.organisation, u.role.rawValue, u.passwordHash, u.disabled]
        )
    }

    public func users() async throws -> [User] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY name").map { row in
                User(
                    name: row["name"],
                    organisation: row["organisation"],
                    role: Role(rawValue: row["role"]) ?? .viewer,
                    passwordHash: row["password_hash"],
                    disabled: row["disabled"]
                )
            }
        }
    }

    public func saveToken(_ t: StoredToken) async throws {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO tokens (digest, user, kind, created, expires, revoked) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [t.digest, t.user, t.kind.rawValue, t.created, t.expires, t.revoked]
            )
        }
    }

    public func token(digest: String) async throws -> StoredToken? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM tokens WHERE digest = ?", arguments: [digest]).map { row in
                StoredToken(
                    digest: row["digest"],
                    user: row["user"],
                    kind: AccessToken.Kind(rawValue: row["kind"]) ?? .api,
                    created: row["created"],
                    expires: row["expires"],
                    revoked: row["revoked"]
                )
            }
        }
    }

    public func revokeTokens(user: String, digest: String?) async throws -> Int {
        try await writer.write { db in
            if let digest {
                try db.execute(
                    sql: "UPDATE tokens SET revoked = 1 WHERE user = ? AND digest = ? AND revoked = 0",
                    arguments: [user, digest]
                )
            } else {
                try db.execute(sql: "UPDATE tokens SET revoked = 1 WHERE user = ? AND revoked = 0", arguments: [user])
            }
            return db.changesCount
        }
    }

    public func appendRecord(_ record: SharedRecord) async throws -> Int64? {
        let body = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        return try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO record_versions (id, version, body) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [record.id, record.version, body]
            )
            return db.changesCount == 1 ? db.lastInsertedRowID : nil
        }
    }

    public func recordChanges(after: Int64, limit: Int) async throws -> [RecordChange] {
        let rows = try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT change, body FROM record_versions WHERE change > ? ORDER BY change LIMIT ?",
                arguments: [after, limit]
            ).map { (change: $0["change"] as Int64, body: $0["body"] as String) }
        }
        let decoder = JSONDecoder()
        return try rows.map {
            RecordChange(change: $0.change, record: try decoder.decode(SharedRecord.self, from: Data($0.body.utf8)))
        }
    }

    public func recordVersions(id: String) async throws -> [SharedRecord] {
        let bodies = try await writer.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT body FROM record_versions WHERE id = ? ORDER BY version",
                arguments: [id]
            )
        }
        let decoder = JSONDecoder()
        return try bodies.map { try decoder.decode(SharedRecord.self, from: Data($0.utf8)) }
    }

    public func appendAudit(
        _ next: @escaping @Sendable (_ last: String?) throws -> (sequence: Int64, line: String)
    ) async throws {
        try await writer.write { db in
            let last = try Row.fetchOne(db, sql: "SELECT sequence, line FROM audit ORDER BY sequence DESC LIMIT 1")
            let entry = try next(last?["line"])
            let expected = (last?["sequence"] as Int64? ?? 0) + 1
            guard entry.sequence == expected else {
                throw StoreError.auditOutOfOrder(expected: expected, got: entry.sequence)
            }
            try db.execute(
                sql: "INSERT INTO audit (sequence, line) VALUES (?, ?)",
                arguments: [entry.sequence, entry.line]
            )
        }
    }

    public func auditLines() async throws -> [String] {
        try await writer.read { db in try String.fetchAll(db, sql: "SELECT line FROM audit ORDER BY sequence") }
    }

    public func lastAuditLine() async throws -> String? {
        try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT line FROM audit ORDER BY sequence DESC LIMIT 1")
        }
    }

    public func savePeer(_ p: Peer) async throws {
        try await upsert("peers", ["organisation", "url", "public_key"], [p.organisation, p.url, p.publicKey])
    }

    public func peers() async throws -> [Peer] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM peers ORDER BY organisation").map {
                Peer(organisation: $0["organisation"], url: $0["url"], publicKey: $0["public_key"])
            }
        }
    }

    public func cursor(_ key: String) async throws -> Int64 {
        try await writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT value FROM cursors WHERE key = ?", arguments: [key]) ?? 0
        }
    }

    public func setCursor(_ key: String, _ value: Int64) async throws {
        try await upsert("cursors", ["key", "value"], [key, value])
    }

    public func setting(_ key: String) async throws -> String? {
        try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key])
        }
    }

    public func setSetting(_ key: String, _ value: String) async throws {
        try await upsert("settings", ["key", "value"], [key, value])
    }

    public func close() async throws {
        if let pool = writer as? DatabasePool {
            try pool.close()
        } else if let queue = writer as? DatabaseQueue {
            try queue.close()
        }
    }
}
