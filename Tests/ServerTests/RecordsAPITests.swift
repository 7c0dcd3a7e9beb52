import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Store
import Testing

@Suite("Records API")
struct RecordsAPITests {
    /// Runs `test` against a node's router in memory, signed in as the admin of `given` (a fresh
    /// ``SignedIn`` when nil).
    static func withApp(
        _ given: SignedIn? = nil,
        _ test: @Sendable (any TestClientProtocol, SignedIn) async throws -> Void
    ) async throws {
        let signedIn: SignedIn
        if let given { signedIn = given } else { signedIn = try await SignedIn.make() }
        let core = NodeCore(store: MemoryStore(), logger: ServerFixtures.logger)
        let settings = NodeSettings(
            dataDirectory: "/tmp",
            http: HostPort(host: "127.0.0.1", port: 0),
            webRoot: "/nonexistent"
        )
        let app = Application(router: Node.makeRouter(core: core, settings: settings, sharing: signedIn.sharing))
        try await app.test(.router) { client in
            try await test(SignedInClient(base: client, token: signedIn.token), signedIn)
        }
    }

    static func object(_ body: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
    }

    @Test func writeEditSearchAndVersions() async throws {
        try await Self.withApp { client, _ in
            let first =
                #"{"kind":"incident","title":"Tanker near the median line","body":"AIS off at 0300","time":"2026-11-20T03:00:00Z","lat":25.7,"lon":123.5,"vessels":[412000001],"labels":{"tlp":"AMBER","releasableTo":["GBR","nato-hq"],"classification":"RESTRICTED"}}"#
            let created = try await client.execute(
                uri: "/api/v1/records",
                method: .post,
                body: ByteBuffer(string: first)
            ) {
                #expect($0.status == .created)
                return try Self.object($0.body)
            }
            let id = try #require(created["id"] as? String)
            #expect(created["version"] as? Int == 1)
            #expect(created["time"] as? String == "2026-11-20T03:00:00Z")
            let labels = try #require(created["labels"] as? [String: Any])
            #expect(labels["owner"] as? String == SignedIn.organisation)
            #expect(labels["tlp"] as? String == "AMBER")
            #expect(labels["classification"] as? String == "RESTRICTED")
            // a time of digits is seconds since 1970
            let fleet = try await client.execute(
                uri: "/api/v1/records",
                method: .post,
                body: ByteBuffer(
                    string: #"{"title":"Fishing fleet","body":"","time":"1795000000","labels":{"tlp":"GREEN"}}"#
                )
            ) {
                #expect($0.status == .created)
                return try Self.object($0.body)
            }
            let seconds = Date(timeIntervalSince1970: 1_795_000_000).formatted(.iso8601)
            #expect(fleet["time"] as? String == seconds)
            // '+' and %20 both stand for a space in a query
            for query in ["median+line", "median%20line", "MEDIAN"] {
                let found = try await client.execute(uri: "/api/v1/records?q=\(query)", method: .get) {
                    try #require(
                        try JSONSerialization.jsonObject(with: Data($0.body.readableBytesView)) as? [[String: Any]]
                    )
                }
                #expect(found.map { $0["id"] as? String } == [id], "\(query)")
            }
            let edit = first.replacingOccurrences(of: "AIS off at 0300", with: "AIS off at 0300, back at 0900")
            try await client.execute(uri: "/api/v1/records/\(id)", method: .put, body: ByteBuffer(string: edit)) {
                response in
                #expect(response.status == .ok)
                let version = try Self.object(response.body)["version"] as? Int
                #expect(version == 2)
            }
            try await client.execute(uri: "/api/v1/records/\(id)/versions", method: .get) { response in
                let versions = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]]
                )
                #expect(versions.map { $0["version"] as? Int } == [1, 2])
                #expect(versions.last?["body"] as? String == "AIS off at 0300, back at 0900")
            }
            try await client.execute(uri: "/api/v1/records?kind=incident&tlp=amber", method: .get) { response in
                #expect(String(buffer: response.body).contains(id))
            }
            try await client.execute(uri: "/api/v1/records/\(UUID())", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/v1/records?tlp=WHITE", method: .get) {
                #expect($0.status == .badRequest)
            }
        }
    }

    @Test func anotherOrganisationCannotSeeOrEditWhatIsNotReleasedToIt() async throws {
        try await Self.withApp { client, signedIn in
            try await signedIn.sharing.addOrganisation(
                Organisation(id: "gb-mod", name: "UK", nation: "GBR"),
                by: "test"
            )
            try await signedIn.sharing.addOrganisation(
                Organisation(id: "fr-mod", name: "France", nation: "FRA"),
                by: "test"
            )
            try await signedIn.sharing.addUser(
                name: "tom",
                organisation: "gb-mod",
                role: .analyst,
                password: nil,
                by: "test"
            )
            try await signedIn.sharing.addUser(
                name: "luc",
                organisation: "fr-mod",
                role: .analyst,
                password: nil,
                by: "test"
            )
            let tom: HTTPFields = [
                .authorization:
                    "Bearer \(try await signedIn.sharing.issueToken(user: "tom", kind: .api, lifetime: nil, by: "t").0.secret)"
            ]
            let luc: HTTPFields = [
                .authorization:
                    "Bearer \(try await signedIn.sharing.issueToken(user: "luc", kind: .api, lifetime: nil, by: "t").0.secret)"
            ]
            let id = try await client.execute(
                uri: "/api/v1/records",
                method: .post,
                body: ByteBuffer(
                    string: #"{"title":"For the UK","body":"","labels":{"tlp":"RED","releasableTo":["GBR"]}}"#
                )
            ) { try #require(try Self.object($0.body)["id"] as? String) }
            try await client.execute(uri: "/api/v1/records/\(id)", method: .get, headers: tom) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/records/\(id)", method: .get, headers: luc) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/records/\(id)/versions", method: .get, headers: luc) {
                #expect($0.status == .notFound)
            }
            // the UK may read it but not edit it: only its owner can
            try await client.execute(
                uri: "/api/v1/records/\(id)",
                method: .put,
                headers: tom,
                body: ByteBuffer(
                    string: #"{"title":"changed","body":"","labels":{"tlp":"CLEAR","releasableTo":["FRA"]}}"#
                )
            ) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/v1/records", method: .get, headers: luc) {
                #expect(String(buffer: $0.body) == "[]")
            }
        }
    }
}
