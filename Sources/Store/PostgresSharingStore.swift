import Foundation
import Logging
import PostgresNIO
import Sharing

/// ``SharingStore`` on PostgreSQL, in the same database as the picture (tables prefixed `sharing_`).
public final class PostgresSharingStore: SharingStore {
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger: Logger

    public init(url: String, logger: Logger) throws {
        let client = PostgresClient(configuration: try PostgresStore.configuration(url), backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
        self.logger = logger
    }

    public func migrate() async throws {
        try await client.withTransaction(logger: logger) { c in
            try await c.query("SELECT pg_advisory_xact_lock(7302)", logger: logger)
            let exists = try await c.query("SELECT to_regclass('sharing_audit') IS NOT NULL", logger: logger)
            for try await present in exists.decode(Bool.self) where present { return }
            for statement in [
                "CREATE TABLE sharing_organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, nation TEXT)",
                "CREATE TABLE sharing_groups (id TEXT PRIMARY KEY, name TEXT NOT NULL, members TEXT NOT NULL)",
                """
                CREATE TABLE sharing_users (name TEXT PRIMARY KEY, organisation TEXT NOT NULL, role TEXT NOT NULL,
                password_hash TEXT, disabled BOOLEAN NOT NULL)
                """,
                """
                CREATE TABLE sharing_tokens (digest TEXT PRIMARY KEY, "user" TEXT NOT NULL, kind TEXT NOT NULL,
                created BIGINT NOT NULL, expires BIGINT, revoked BOOLEAN NOT NULL)
                """,
                """
                CREATE TABLE sharing_record_versions (change BIGSERIAL PRIMARY KEY, id TEXT NOT NULL,
                version BIGINT NOT NULL, body TEXT NOT NULL, UNIQUE (id, version))
                """,
                "CREATE TABLE sharing_audit (sequence BIGINT PRIMARY KEY, line TEXT NOT NULL)",
                "CREATE TABLE sharing_peers (organisation TEXT PRIMARY KEY, url TEXT NOT NULL, public_key TEXT NOT NULL)",
                "CREATE TABLE sharing_cursors (key TEXT PRIMARY KEY, value BIGINT NOT NULL)",
                "CREATE TABLE sharing_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                """
                CREATE FUNCTION sharing_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
                """,
                """
                CREATE TRIGGER sharing_audit_append_only BEFORE UPDATE OR DELETE ON sharing_audit
                FOR EACH ROW EXECUTE FUNCTION sharing_audit_append_only()
                """,
            ] {
                try await c.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
        try await migrateDirectoryGeneration()
    }

    /// Writes one row of `table`, replacing its other columns when a row with the same first column
    /// (the key) exists: the upsert of every keyed sharing table. `bind` appends one value per
    /// column, in order; values are bound, never spliced into the SQL.
    private func upsert(_ table: String, _ columns: [String], bind: (inout PostgresBindings) -> Void) async throws {
        var binds = PostgresBindings()
        bind(&binds)
        let placeholders = (1...columns.count).map { "$\($0)" }.joined(separator: ", ")
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let sql =
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders)) "
            + "ON CONFLICT (\(columns[0])) DO UPDATE SET \(updates)"
        try await client.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
    }

    public func saveOrganisation(_ o: Organisation) async throws {
        try await upsert("sharing_organisations", ["id", "name", "nation"]) {
            $0.append(o.id)
            $0.append(o.name)
            $0.append(o.nation)
        }
    }

    public func organisations() async throws -> [Organisation] {
        var out: [Organisation] = []
        let rows = try await client.query(
            "SELECT id, name, nation FROM sharing_organisations ORDER BY id",
            logger: logger
        )
        for try await (id, name, nation) in rows.decode((String, String, String?).self) {
            out.append(Organisation(id: id, name: name, nation: nation))
        }
        return out
    }

    public func saveGroup(_ g: SharingGroup) async throws {
        try await upsert("sharing_groups", ["id", "name", "members"]) {
            $0.append(g.id)
            $0.append(g.name)
            $0.append(g.members.sorted().joined(separator: ","))
        }
    }

    public func groups() async throws -> [SharingGroup] {
        var out: [SharingGroup] = []
        let rows = try await client.query("SELECT id, name, members FROM sharing_groups ORDER BY id", logger: logger)
        for try await (id, name, members) in rows.decode((String, String, String).self) {
            out.append(SharingGroup(id: id, name: name, members: Set(members.split(separator: ",").map(String.init))))
        }
        return out
    }

    public func saveUser(_ u: User) async throws {
        try await upsert("sharing_users", ["name", "organisation", "role", "password_hash", "disabled"]) {
            $0.append(u.name)
            $0.append(u.organisation)
            $0.append(u.role.rawValue)
            $0.append(u.passwordHash)
            $0.append(u.disabled)
        }
    }

    public func users() async throws -> [User] {
        var out: [User] = []
        let rows = try await client.query(
            "SELECT name, organisation, role, password_hash, disabled FROM sharing_users ORDER BY name",
            logger: logger
        )
        for try await (name, organisation, role, hash, disabled) in rows.decode(
            (String, String, String, String?, Bool).self
        ) {
            out.append(
                User(
                    name: name,
                    organisation: organisation,
                    role: Role(rawValue: role) ?? .viewer,
                    passwordHash: hash,
                    disabled: disabled
                )
            )
        }
        return out
    }

    public func saveToken(_ t: StoredToken) async throws {
        try await client.query(
            """
            INSERT INTO sharing_tokens (digest, "user", kind, created, expires, revoked)
            VALUES (\(t.digest), \(t.user), \(t.kind.rawValue), \(t.created), \(t.expires), \(t.revoked))
            """,
            logger: logger
        )
    }

    public func token(digest: String) async throws -> StoredToken? {
        let rows = try await client.query(
            """
            SELECT digest, "user", kind, created, expires, revoked FROM sharing_tokens WHERE digest = \(digest)
            """,
            logger: logger
        )
        for try await (d, user, kind, created, expires, revoked) in rows.decode(
            (String, String, String, Int64, Int64?, Bool).self
        ) {
            return StoredToken(
                digest: d,
                user: user,
                kind: AccessToken.Kind(rawValue: kind) ?? .api,
                created: created,
                expires: expires,
                revoked: revoked
            )
        }
        return nil
    }

    public func revokeTokens(user: String, digest: String?) async throws -> Int {
        let rows =
            if let digest {
                try await client.query(
                    """
                    UPDATE sharing_tokens SET revoked = TRUE WHERE "user" = \(user) AND digest = \(digest) AND NOT revoked
                    RETURNING digest
                    """,
                    logger: logger
                )
            } else {
                try await client.query(
                    #"UPDATE sharing_tokens SET revoked = TRUE WHERE "user" = \#(user) AND NOT revoked RETURNING digest"#,
                    logger: logger
                )
            }
        var count = 0
        for try await _ in rows.decode(String.self) { count += 1 }
        return count
    }

    public func appendRecord(_ record: SharedRecord) async throws -> Int64? {
        let body = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        let rows = try await client.query(
            """
            INSERT INTO sharing_record_versions (id, version, body) VALUES (\(record.id), \(Int64(record.version)), \(body))
            ON CONFLICT DO NOTHING RETURNING change
            """,
            logger: logger
        )
        for try await change in rows.decode(Int64.self) { return change }
        return nil
    }

    public func recordChanges(after: Int64, limit: Int) async throws -> [RecordChange] {
        let rows = try await client.query(
            """
            SELECT change, body FROM sharing_record_versions WHERE change > \(after) ORDER BY change LIMIT \(Int64(limit))
            """,
            logger: logger
        )
        var out: [RecordChange] = []
        let decoder = JSONDecoder()
        for try await (change, body) in rows.decode((Int64, String).self) {
            out.append(
                RecordChange(change: change, record: try decoder.decode(SharedRecord.self, from: Data(body.utf8)))
            )
        }
        return out
    }

    public func recordVersions(id: String) async throws -> [SharedRecord] {
        let rows = try await client.query(
            "SELECT body FROM sharing_record_versions WHERE id = \(id) ORDER BY version",
            logger: logger
        )
        var out: [SharedRecord] = []
        for try await body in rows.decode(String.self) {
            out.append(try JSONDecoder().decode(SharedRecord.self, from: Data(body.utf8)))
        }
        return out
    }

    public func appendAudit(
        _ next: @escaping @Sendable (_ last: String?) throws -> (sequence: Int64, line: String)
    ) async throws {
        try await client.withTransaction(logger: logger) { c in
            try await c.query("SELECT pg_advisory_xact_lock(7303)", logger: logger)
            var last: (Int64, String)?
            let rows = try await c.query(
                "SELECT sequence, line FROM sharing_audit ORDER BY sequence DESC LIMIT 1",
                logger: logger
            )
            for try await row in rows.decode((Int64, String).self) { last = row }
            let entry = try next(last?.1)
            let expected = (last?.0 ?? 0) + 1
            guard entry.sequence == expected else {
                throw StoreError.auditOutOfOrder(expected: expected, got: entry.sequence)
            }
            try await c.query(
                "INSERT INTO sharing_audit (sequence, line) VALUES (\(entry.sequence), \(entry.line))",
                logger: logger
            )
        }
    }

    public func auditLines() async throws -> [String] {
        var out: [String] = []
        for try await line in try await client.query("SELECT line FROM sharing_audit ORDER BY sequence", logger: logger)
            .decode(String.self)
        {
            out.append(line)
        }
        return out
    }

    public func lastAuditLine() async throws -> String? {
        let rows = try await client.query(
            "SELECT line FROM sharing_audit ORDER BY sequence DESC LIMIT 1",
            logger: logger
        )
        for try await line in rows.decode(String.self) { return line }
        return nil
    }

    public func savePeer(_ p: Peer) async throws {
        try await upsert("sharing_peers", ["organisation", "url", "public_key"]) {
            $0.append(p.organisation)
            $0.append(p.url)
            $0.append(p.publicKey)
        }
    }

    public func peers() async throws -> [Peer] {
        var out: [Peer] = []
        let rows = try await client.query(
            "SELECT organisation, url, public_key FROM sharing_peers ORDER BY organisation",
            logger: logger
        )
        for try await (organisation, url, key) in rows.decode((String, String, String).self) {
            out.append(Peer(organisation: organisation, url: url, publicKey: key))
        }
        return out
    }

    public func cursor(_ key: String) async throws -> Int64 {
        let rows = try await client.query("SELECT value FROM sharing_cursors WHERE key = \(key)", logger: logger)
        for try await value in rows.decode(Int64.self) { return value }
        return 0
    }

    public func setCursor(_ key: String, _ value: Int64) async throws {
        try await upsert("sharing_cursors", ["key", "value"]) {
            $0.append(key)
            $0.append(value)
        }
    }

    public func setting(_ key: String) async throws -> String? {
        let rows = try await client.query("SELECT value FROM sharing_settings WHERE key = \(key)", logger: logger)
        for try await value in rows.decode(String.self) { return value }
        return nil
    }

    public func setSetting(_ key: String, _ value: String) async throws {
        try await upsert("sharing_settings", ["key", "value"]) {
            $0.append(key)
            $0.append(value)
        }
    }

    /// Drops every sharing table (tests only).
    public func dropAll() async throws {
        try await client.query(
            """
            DROP TABLE IF EXISTS sharing_organisations, sharing_groups, sharing_users, sharing_tokens,
            sharing_record_versions, sharing_audit, sharing_peers, sharing_cursors, sharing_settings
            """,
            logger: logger
        )
        try await client.query("DROP FUNCTION IF EXISTS sharing_audit_append_only()", logger: logger)
        try await dropDirectoryGeneration()
    }

    public func close() async throws {
        runner.cancel()
        await runner.value
    }
}
