import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Store
import Testing

/// `DELETE /api/v1/records/{id}`: a tombstone at the origin, and every read path leaving the record
/// out afterwards.
@Suite("Record deletion")
struct RecordDeletionTests {
    /// A British analyst (`tom`, who may read what is released to GBR), a French one (`luc`, who may
    /// not) and a Japanese viewer (`yui`, of the owner organisation but below analyst).
    static func readers(_ sharing: SharingService) async throws -> [String: HTTPFields] {
        try await sharing.addOrganisation(Organisation(id: "gb-mod", name: "UK", nation: "GBR"), by: "test")
        try await sharing.addOrganisation(Organisation(id: "fr-mod", name: "France", nation: "FRA"), by: "test")
        var headers: [String: HTTPFields] = [:]
        for (name, organisation, role) in [
            ("tom", "gb-mod", Role.analyst), ("luc", "fr-mod", .analyst), ("yui", SignedIn.organisation, .viewer),
        ] {
            try await sharing.addUser(name: name, organisation: organisation, role: role, password: nil, by: "test")
            let token = try await sharing.issueToken(user: name, kind: .api, lifetime: nil, by: "test").0.secret
            headers[name] = [.authorization: "Bearer \(token)"]
        }
        return headers
    }

    static let draft =
        #"{"kind":"incident","title":"Dark tanker transfer","body":"STS at night","lat":25.7,"lon":123.5,"vessels":[412000001],"labels":{"tlp":"AMBER","releasableTo":["GBR"]}}"#

    static func status(
        _ client: some TestClientProtocol,
        _ method: HTTPRequest.Method,
        _ uri: String,
        _ headers: HTTPFields = [:],
        body: String? = nil
    ) async throws -> HTTPResponse.Status {
        try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        {
            $0.status
        }
    }

    /// Writes ``draft`` as the admin; returns the new record's id.
    static func create(_ client: some TestClientProtocol) async throws -> String {
        try await client.execute(uri: "/api/v1/records", method: .post, body: ByteBuffer(string: draft)) {
            try #require(try RecordsAPITests.object($0.body)["id"] as? String)
        }
    }

    @Test func ownerDeletesAndEveryReadPathLeavesItOut() async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            let users = try await Self.readers(signedIn.sharing)
            let id = try await Self.create(client)
            let kept = try await Self.create(client)
            #expect(try await Self.status(client, .get, "/api/v1/records/\(id)", users["tom"]!) == .ok)
            #expect(try await Self.status(client, .delete, "/api/v1/records/\(id)") == .noContent)

            // those who could see it learn it is gone; the French analyst, who never could, sees nothing
            #expect(try await Self.status(client, .get, "/api/v1/records/\(id)") == .gone)
            #expect(try await Self.status(client, .get, "/api/v1/records/\(id)", users["tom"]!) == .gone)
            #expect(try await Self.status(client, .get, "/api/v1/records/\(id)", users["luc"]!) == .notFound)
            #expect(try await Self.status(client, .get, "/api/v1/records/\(id)/versions") == .gone)
            #expect(try await Self.status(client, .get, "/api/v1/records/\(id)/versions", users["luc"]!) == .notFound)
            for path in [
                "/api/v1/records", "/api/v1/records?q=tanker", "/api/v1/records?kind=incident", "/api/v1/export/stix",
            ] {
                let text = try await client.execute(uri: path, method: .get, headers: users["tom"]!) {
                    String(buffer: $0.body)
                }
                #expect(!text.contains(id), "\(path)")
                #expect(text.contains(kept), "\(path)")
            }
            // the deletion is final: no new version, no second delete
            #expect(try await Self.status(client, .put, "/api/v1/records/\(id)", body: Self.draft) == .gone)
            #expect(try await Self.status(client, .delete, "/api/v1/records/\(id)") == .gone)

            // the store keeps the history; the tombstone keeps no content, and is signed by the node
            let versions = try await signedIn.sharing.store.recordVersions(id: id)
            #expect(versions.map(\.version) == [1, 2])
            #expect(versions[0].body == "STS at night")
            let tombstone = versions[1]
            #expect(tombstone.isDeleted)
            #expect(tombstone.title.isEmpty && tombstone.body.isEmpty && tombstone.latitude == nil)
            #expect(tombstone.vessels.isEmpty && tombstone.events.isEmpty)
            #expect(tombstone.labels == versions[0].labels && tombstone.origin == SignedIn.organisation)
            #expect(tombstone.author == "tester")
            #expect(tombstone.isSigned(by: signedIn.sharing.nodeKey.publicKey))
            let audit = try await signedIn.sharing.store.auditLines().map { try AuditEntry(storedLine: $0) }
            #expect(
                audit.contains { $0.action == .delete && $0.target == "record:\(id)" && $0.actor.contains("tester") }
            )
        }
    }

    @Test func onlyTheOwnersAnalystsMayDeleteAndRefusalsAreAudited() async throws {
        try await RecordsAPITests.withApp { client, signedIn in
            let users = try await Self.readers(signedIn.sharing)
            let id = try await Self.create(client)
            #expect(try await Self.status(client, .delete, "/api/v1/records/\(id)", users["tom"]!) == .forbidden)
            #expect(try await Self.status(client, .delete, "/api/v1/records/\(id)", users["luc"]!) == .notFound)
            #expect(try await Self.status(client, .delete, "/api/v1/records/\(id)", users["yui"]!) == .forbidden)
            #expect(try await Self.status(client, .delete, "/api/v1/records/\(UUID())") == .notFound)
            #expect(try await Self.status(client, .get, "/api/v1/records/\(id)", users["tom"]!) == .ok)
            let audit = try await signedIn.sharing.store.auditLines().map { try AuditEntry(storedLine: $0) }
            let refused = audit.filter { $0.action == .authorizationFailed }
            #expect(refused.contains { $0.actor.contains("tom") && $0.outcome == "not the owner" })
            #expect(refused.contains { $0.actor.contains("luc") && $0.outcome == "not visible or absent" })
            #expect(refused.contains { $0.actor.contains("yui") && $0.target == "delete record" })
            #expect(!audit.contains { $0.action == .delete })
        }
    }

    /// Open pages hear `event: deleted` for a record they could see, and nothing for one they could not.
    @Test func theLiveStreamTellsWhoCouldSeeIt() async throws {
        let node = try await TestNode.start()
        let sharing = node.signedIn.sharing
        let users = try await Self.readers(sharing)
        var sockets: [String: Int32] = [:]
        for name in ["tom", "luc"] {
            let socket = try await RawSocket.offPool { try RawSocket.connect(port: node.http) }
            let authorization = users[name]![.authorization]!
            try RawSocket.write(
                socket,
                "GET /api/v1/records/stream HTTP/1.1\r\nHost: x\r\nAuthorization: \(authorization)\r\n\r\n"
            )
            #expect(await RawSocket.read(socket, until: ": connected"))
            sockets[name] = socket
        }
        defer { for s in sockets.values { close(s) } }
        let principal = Principal(
            user: "tester",
            role: .admin,
            reader: await sharing.reader(organisation: SignedIn.organisation)
        )
        let record = try await sharing.createRecord(
            try JSONDecoder().decode(RecordDraft.self, from: Data(Self.draft.utf8)),
            by: principal
        )
        _ = try await sharing.deleteRecord(id: record.id, by: principal)
        let tom = await RawSocket.collect(sockets["tom"]!, until: #""deleted":true"#, quiet: 30)
        #expect(tom.contains("event: record\ndata: "))
        let notice = try #require(tom.range(of: "event: deleted\ndata: "))
        #expect(tom[notice.upperBound...].contains(record.id))
        let luc = await RawSocket.collect(sockets["luc"]!, until: record.id, quiet: 1.0)
        #expect(!luc.contains(record.id))
        await node.stop()
    }
}
