import Logging

/// Where a node keeps its data, as `--database` names it.
public enum StoreLocation: Sendable, Hashable {
    /// SQLite in this file.
    case sqlite(path: String)
    /// A PostgreSQL server, by `postgres://` URL.
    case postgres(url: String)
    /// Nothing kept across restarts.
    case memory

    /// Reads `postgres://…`, `postgresql://…`, `sqlite:PATH` or `memory:`; nil means SQLite at
    /// `defaultSQLitePath`.
    public init(_ text: String?, defaultSQLitePath: String) throws {
        guard let text, !text.isEmpty else {
            self = .sqlite(path: defaultSQLitePath)
            return
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text.hasPrefix("sqlite:") {
            self = .sqlite(path: String(text.dropFirst("sqlite:".count)))
        } else if text == "memory:" {
            self = .memory
        } else {
            throw StoreError.badLocation(text)
        }
    }

    /// Opens the store and brings its schema up to date.
    public func open(clock: StoreClock = .system, logger: Logger) async throws -> any NodeStore {
        let store: any NodeStore =
            switch self {
            case .sqlite(let path): try SQLiteStore(path: path, clock: clock)
            case .postgres(let url): try PostgresStore(url: url, clock: clock, logger: logger)
            case .memory: MemoryStore(clock: clock)
            }
        try await store.migrate()
        return store
    }
}
