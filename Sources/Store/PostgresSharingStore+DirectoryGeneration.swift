import PostgresNIO

extension PostgresSharingStore {
    /// The tables whose rows a running node holds in memory, and the writes to each that change
    /// what it holds. Inserting a token changes nothing (a node reads an unknown token from the
    /// store); revoking or deleting one does.
    static let directoryTables: [(table: String, writes: String)] = [
        ("sharing_organisations", "INSERT OR UPDATE OR DELETE"),
        ("sharing_groups", "INSERT OR UPDATE OR DELETE"),
        ("sharing_users", "INSERT OR UPDATE OR DELETE"),
        ("sharing_peers", "INSERT OR UPDATE OR DELETE"),
        ("sharing_tokens", "UPDATE OR DELETE"),
    ]

    /// Adds the directory generation once: one counter that a statement trigger on every table in
    /// ``directoryTables`` bumps inside the writing transaction, whoever writes (any node on the
    /// database, the `kizuna` command line, or an operator with `psql`).
    func migrateDirectoryGeneration() async throws {
        try await client.withTransaction(logger: logger) { c in
            try await c.query("SELECT pg_advisory_xact_lock(7302)", logger: logger)
            let exists = try await c.query("SELECT to_regclass('sharing_directory') IS NOT NULL", logger: logger)
            for try await present in exists.decode(Bool.self) where present { return }
            var statements = [
                "CREATE TABLE sharing_directory (generation BIGINT NOT NULL)",
                "INSERT INTO sharing_directory (generation) VALUES (0)",
                """
                CREATE OR REPLACE FUNCTION sharing_directory_changed() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN UPDATE sharing_directory SET generation = generation + 1; RETURN NULL; END $$
                """,
            ]
            for (table, writes) in Self.directoryTables {
                statements.append(
                    """
                    CREATE TRIGGER \(table)_directory AFTER \(writes) ON \(table)
                    FOR EACH STATEMENT EXECUTE FUNCTION sharing_directory_changed()
                    """
                )
            }
            for statement in statements { try await c.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
        }
    }

    /// Drops what ``migrateDirectoryGeneration()`` made (tests only; the triggers go with their tables).
    func dropDirectoryGeneration() async throws {
        try await client.query("DROP TABLE IF EXISTS sharing_directory", logger: logger)
        try await client.query("DROP FUNCTION IF EXISTS sharing_directory_changed() CASCADE", logger: logger)
    }

    public func directoryGeneration() async throws -> Int64 {
        let rows = try await client.query("SELECT generation FROM sharing_directory", logger: logger)
        for try await generation in rows.decode(Int64.self) { return generation }
        return 0
    }
}
