import Foundation
import Logging
import Sharing
import Store
import Testing

/// The sharing store's contract, run against SQLite (file and in memory) and PostgreSQL.
@Suite("Sharing store", .serialized)
struct SharingStoreTests {
    enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case sqliteMemory, sqlite, postgres
        var testDescription: String { rawValue }

        static var available: [Backend] {
            StoreBackend.available.contains(.postgres) ? allCases : [.sqliteMemory, .sqlite]
        }

        func withStore(_ body: (any SharingStore) async throws -> Void) async throws {
            let store: any SharingStore
            var directory: URL?
            switch self {
            case .sqliteMemory:
                store = try SQLiteSharingStore(path: nil)
            case .sqlite:
                let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-sharing-\(UUID())")
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                directory = dir
                store = try SQLiteSharingStore(path: dir.appendingPathComponent("sharing.sqlite").path)
            case .postgres:
                let url = StoreBackend.postgresURL ?? "postgres://kizuna:kizuna@127.0.0.1:5432/kizuna_test"
                let postgres = try PostgresSharingStore(url: url, logger: Logger(label: "sharing-store-tests"))
                try await postgres.dropAll()
                store = postgres
            }
            defer { if let directory { try? FileManager.default.removeItem(at: directory) } }
            do {
                try await store.migrate()
                try await store.migrate()  // safe to repeat
                try await body(store)
                try await store.close()
            } catch {
                try? await store.close()
                throw error
            }
        }
    }

    static func record(_ id: String, version: Int, owner: String = "jp-mod") -> SharedRecord {
        SharedRecord(
            id: id,
            version: version,
            title: "t\(version)",
            body: "b",
            time: 1_790_000_000,
            labels: Labels(owner: owner, tlp: .amber, releasableTo: ["GBR", "ip4"]),
            origin: "jp-mod",
            author: "aiko",
            updated: 1_790_000_000 + Int64(version)
        )
    }

    @Test(.serialized, arguments: Backend.available)
    func identitiesAndTokensRoundTrip(_ backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.saveOrganisation(Organisation(id: "nato-hq", name: "NATO", nation: nil))
            try await store.saveOrganisation(Organisation(id: "jp-mod", name: "MOD", nation: "JPN"))
            try await store.saveOrganisation(Organisation(id: "jp-mod", name: "Ministry of Defense", nation: "JPN"))
            #expect(try await store.organisations().map(\.name) == ["Ministry of Defense", "NATO"])
            try await store.saveGroup(SharingGroup(id: "ip4", members: ["jp-mod", "nato-hq"]))
            #expect(try await store.groups().first?.members == ["jp-mod", "nato-hq"])
            try await store.saveUser(
                User(name: "aiko", organisation: "jp-mod", role: .analyst, passwordHash: "$2b$12$x")
            )
            #expect(
                try await store.users() == [
                    User(name: "aiko", organisation: "jp-mod", role: .analyst, passwordHash: "$2b$12$x")
                ]
            )
            let token = StoredToken(digest: "d1", user: "aiko", kind: .session, created: 10, expires: 20)
            try await store.saveToken(token)
            try await store.saveToken(StoredToken(digest: "d2", user: "aiko", kind: .api, created: 10, expires: nil))
            #expect(try await store.token(digest: "d1") == token)
            #expect(try await store.token(digest: "nope") == nil)
            #expect(try await store.revokeTokens(user: "aiko", digest: "d1") == 1)
            #expect(try await store.token(digest: "d1")?.revoked == true)
            #expect(try await store.revokeTokens(user: "aiko", digest: nil) == 1)
        }
    }

    @Test(.serialized, arguments: Backend.available)
    func recordVersionsAreKeptOnceInChangeOrder(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let first = try #require(try await store.appendRecord(Self.record("a", version: 1)))
            let second = try #require(try await store.appendRecord(Self.record("b", version: 1)))
            let third = try #require(try await store.appendRecord(Self.record("a", version: 2)))
            #expect(first < second && second < third)
            #expect(try await store.appendRecord(Self.record("a", version: 2)) == nil)  // idempotent
            #expect(
                try await store.recordVersions(id: "a") == [Self.record("a", version: 1), Self.record("a", version: 2)]
            )
            #expect(try await store.recordChanges(after: first, limit: 10).map(\.record.id) == ["b", "a"])
            #expect(try await store.recordChanges(after: 0, limit: 1).map(\.change) == [first])
        }
    }

    @Test(.serialized, arguments: Backend.available)
    func concurrentAuditAppendsNeverFork(_ backend: Backend) async throws {
        try await backend.withStore { store in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<40 {
                    group.addTask {
                        try await store.appendAudit { last in
                            let entry = AuditEntry(
                                after: try last.map { try AuditEntry(storedLine: $0) },
                                time: Int64(i),
                                actor: "system",
                                action: .create,
                                target: "thing:\(i)"
                            )
                            return (Int64(entry.sequence), entry.storedLine)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let lines = try await store.auditLines()
            #expect(lines.count == 40)
            #expect(AuditChain.verify(lines).isIntact)
            #expect(try await store.lastAuditLine() == lines.last)
            await #expect(throws: (any Error).self) {
                try await store.appendAudit { _ in (7, "forged") }
            }
        }
    }

    @Test(.serialized, arguments: Backend.available)
    func peersCursorsAndSettings(_ backend: Backend) async throws {
        try await backend.withStore { store in
            try await store.savePeer(Peer(organisation: "gb-mod", url: "http://a", publicKey: "k1"))
            try await store.savePeer(Peer(organisation: "gb-mod", url: "http://b", publicKey: "k2"))
            #expect(try await store.peers() == [Peer(organisation: "gb-mod", url: "http://b", publicKey: "k2")])
            #expect(try await store.cursor("out:gb-mod") == 0)
            try await store.setCursor("out:gb-mod", 42)
            try await store.setCursor("out:gb-mod", 43)
            #expect(try await store.cursor("out:gb-mod") == 43)
            #expect(try await store.setting("x") == nil)
            try await store.setSetting("x", "1")
            #expect(try await store.setting("x") == "1")
        }
    }

    /// A deletion is one more version; the versions before it stay, and each version keeps the
    /// origin's signature byte for byte. A version written before origins signed reads back unsigned.
    @Test(.serialized, arguments: Backend.available)
    func tombstonesAndSignaturesRoundTrip(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let key = NodeKey.generate()
            let id = "00000000-0000-4000-8000-00000000000d"
            var first = Self.record(id, version: 1)
            first.latitude = 25.123456789
            first.longitude = -0.000001
            first = first.signed(with: key)
            let tombstone = first.tombstone(by: "kenji", at: 1_790_000_500).signed(with: key)
            let legacy = Self.record("00000000-0000-4000-8000-00000000000e", version: 1)
            for record in [first, tombstone, legacy] { #expect(try await store.appendRecord(record) != nil) }
            #expect(try await store.appendRecord(tombstone) == nil)
            let versions = try await store.recordVersions(id: id)
            #expect(versions == [first, tombstone])
            #expect(versions.allSatisfy { $0.isSigned(by: key.publicKey) })
            #expect(versions.map(\.isDeleted) == [false, true])
            let changes = try await store.recordChanges(after: 0, limit: 10).map(\.record)
            #expect(changes.last == legacy)
            #expect(changes.last?.signature == nil && changes.last?.isDeleted == false)
            try await store.saveOrganisation(Organisation(id: "kr-mnd", name: "Korea", nation: "KOR"))
            let keyOnly = Peer(organisation: "kr-mnd", url: "", publicKey: key.publicKey.base64)
            try await store.savePeer(keyOnly)
            #expect(try await store.peers() == [keyOnly])
        }
    }
}
