import Foundation
import Logging
import Sharing
import Store

extension Node {
    /// Opens the sharing store that belongs with `database` (as `--database` names it) under
    /// `dataDirectory`, loads it, and returns the service over it.
    ///
    /// SQLite nodes keep sharing data in `sharing.sqlite` beside `node.sqlite`, PostgreSQL nodes in
    /// `sharing_*` tables of the same database, `memory:` nodes in memory. The node key is the file
    /// `node-key` under `dataDirectory` (in memory for `memory:`).
    public static func openSharing(
        database: String?,
        dataDirectory: String,
        organisation: String,
        logger: Logger,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) async throws -> SharingService {
        guard Identifier.isValid(organisation) else {
            throw SharingRefusal(
                .badRequest,
                "the node's organisation \"\(organisation)\" must be letters, digits and '-'"
            )
        }
        let location = try StoreLocation(database, defaultSQLitePath: dataDirectory + "/node.sqlite")
        let store: any SharingStore
        let key: NodeKey
        switch location {
        case .memory:
            store = try SQLiteSharingStore(path: nil)
            key = .generate()
        case .sqlite:
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            store = try SQLiteSharingStore(path: dataDirectory + "/sharing.sqlite")
            key = try nodeKey(in: dataDirectory)
        case .postgres(let url):
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            store = try PostgresSharingStore(url: url, logger: logger)
            key = try nodeKey(in: dataDirectory)
        }
        try await store.migrate()
        let sharing = SharingService(store: store, organisation: organisation, nodeKey: key, logger: logger, now: now)
        try await sharing.load()
        return sharing
    }

    /// The node's Ed25519 key in `node-key` under `dataDirectory`, made on first use (mode 0600).
    static func nodeKey(in dataDirectory: String) throws -> NodeKey {
        let path = dataDirectory + "/node-key"
        if FileManager.default.fileExists(atPath: path) { return try NodeKey(contentsOfFile: path) }
        let key = NodeKey.generate()
        try key.write(toFile: path)
        return key
    }
}
