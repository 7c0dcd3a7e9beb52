import GRDB

extension SQLiteSharingStore {
    /// The tables whose rows a running node holds in memory, and the writes to each that change
    /// what it holds. Inserting a token changes nothing (a node reads an unknown token from the
    /// store); revoking or deleting one does.
    static let directoryTables: [(table: String, writes: [String])] = [
        ("organisations", ["INSERT", "UPDATE", "DELETE"]),
        ("sharing_groups", ["INSERT", "UPDATE", "DELETE"]),
        ("users", ["INSERT", "UPDATE", "DELETE"]),
        ("peers", ["INSERT", "UPDATE", "DELETE"]),
        ("tokens", ["UPDATE", "DELETE"]),
    ]

    /// Adds the directory generation: one counter that a trigger on every table in
    /// ``directoryTables`` bumps inside the writing transaction, whoever writes (the node, the
    /// `kizuna` command line in another process, or an operator with `sqlite3`).
    static func registerDirectoryGeneration(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("sharing-directory-generation") { db in
            try db.execute(
                sql: """
                    CREATE TABLE directory_generation (value INTEGER NOT NULL);
                    INSERT INTO directory_generation (value) VALUES (0);
                    """
            )
            for (table, writes) in Self.directoryTables {
                for write in writes {
                    try db.execute(
                        sql: """
                            CREATE TRIGGER \(table)_\(write.lowercased())_directory AFTER \(write) ON \(table)
                                BEGIN UPDATE directory_generation SET value = value + 1; END
                            """
                    )
                }
            }
        }
    }

    public func directoryGeneration() async throws -> Int64 {
        try await writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT value FROM directory_generation") ?? 0
        }
    }
}
