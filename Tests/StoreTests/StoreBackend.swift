import Foundation
import Logging
import Store
import Testing

/// The stores every test runs against. PostgreSQL joins when `KIZUNA_TEST_POSTGRES_URL` names a
/// server, or when `KIZUNA_REQUIRE_POSTGRES=1` says one must be there (then a missing server fails).
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    static var postgresURL: String? { ProcessInfo.processInfo.environment["KIZUNA_TEST_POSTGRES_URL"] }
    static var postgresRequired: Bool { ProcessInfo.processInfo.environment["KIZUNA_REQUIRE_POSTGRES"] == "1" }

    static var available: [StoreBackend] {
        postgresURL != nil || postgresRequired ? allCases : [.memory, .sqlite]
    }

    /// Opens an empty, migrated store, runs `body`, and closes it.
    func withStore<T>(clock: StoreClock = .system, _ body: (any NodeStore) async throws -> T) async throws -> T {
        let logger = Logger(label: "store-tests")
        let store: any NodeStore
        var directory: URL?
        switch self {
        case .memory:
            store = MemoryStore(clock: clock)
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-store-\(UUID())")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            directory = dir
            store = try SQLiteStore(path: dir.appendingPathComponent("node.sqlite").path, clock: clock)
        case .postgres:
            let url = Self.postgresURL ?? "postgres://kizuna:kizuna@127.0.0.1:5432/kizuna_test"
            let postgres = try PostgresStore(url: url, clock: clock, logger: logger)
            do {
                try await postgres.dropAll()
            } catch {
                try? await postgres.close()
                throw error
            }
            store = postgres
        }
        defer { if let directory { try? FileManager.default.removeItem(at: directory) } }
        do {
            try await store.migrate()
            let result = try await body(store)
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }
}
