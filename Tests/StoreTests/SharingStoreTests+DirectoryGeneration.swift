import Sharing
import Store
import Testing

extension SharingStoreTests {
    /// The generation moves with every write a running node must see (identities, peers, revoked
    /// tokens) and with nothing else, so that a node polling it re-reads only when needed.
    @Test(.serialized, arguments: Backend.available)
    func directoryGenerationMovesWithIdentityWrites(_ backend: Backend) async throws {
        try await backend.withStore { store in
            var seen = try await store.directoryGeneration()
            /// Whether `write` moved the generation.
            func moves(_ write: () async throws -> Void) async throws -> Bool {
                try await write()
                let now = try await store.directoryGeneration()
                defer { seen = now }
                return now > seen
            }
            #expect(try await moves { try await store.saveOrganisation(Organisation(id: "jp-mod", name: "MOD")) })
            #expect(try await moves { try await store.saveOrganisation(Organisation(id: "jp-mod", name: "MoD")) })
            #expect(try await moves { try await store.saveGroup(SharingGroup(id: "ip4", members: ["jp-mod"])) })
            #expect(
                try await moves {
                    try await store.saveUser(User(name: "aiko", organisation: "jp-mod", role: .analyst))
                }
            )
            #expect(
                try await moves {
                    try await store.saveUser(User(name: "aiko", organisation: "jp-mod", role: .analyst, disabled: true))
                }
            )
            #expect(
                try await moves {
                    try await store.savePeer(Peer(organisation: "gb-mod", url: "http://a", publicKey: "k"))
                }
            )
            // a new token is read from the store on first use: no need to re-read the directory
            let token = StoredToken(digest: "d1", user: "aiko", kind: .api, created: 10, expires: nil)
            #expect(try await !moves { try await store.saveToken(token) })
            #expect(try await moves { _ = try await store.revokeTokens(user: "aiko", digest: "d1") })
            #expect(try await !moves { _ = try await store.appendRecord(Self.record("a", version: 1)) })
            #expect(try await !moves { try await store.setCursor("out:gb-mod", 4) })
            #expect(try await !moves { try await store.setSetting("inbox:gb-mod", "{}") })
        }
    }
}
