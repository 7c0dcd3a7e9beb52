import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Store
import Testing

/// Bad credentials, expired sessions, oversized bodies, malformed labels and bad federation
/// messages: each gets a clear error and leaves an audit entry (issue 5).
@Suite("Sign-in, refusals and their audit entries")
struct AuthenticationTests {
    static func withApp(
        _ test: @Sendable (any TestClientProtocol, SignedIn) async throws -> Void
    ) async throws {
        let signedIn = try await SignedIn.make(password: true)
        let core = NodeCore(store: MemoryStore(), logger: ServerFixtures.logger)
        let settings = NodeSettings(
            dataDirectory: "/tmp",
            http: HostPort(host: "127.0.0.1", port: 0),
            webRoot: "/nonexistent"
        )
        let app = Application(router: Node.makeRouter(core: core, settings: settings, sharing: signedIn.sharing))
        try await app.test(.router) { client in try await test(client, signedIn) }
    }

    /// The audit entries written since `count` entries, as (action, outcome, detail) text, once the
    /// refusals still being counted are written.
    static func newAudit(_ sharing: SharingService, after count: Int) async throws -> [String] {
        await sharing.flushRefusals(all: true)
        return try await sharing.store.auditLines().dropFirst(count).map { line in
            let entry = try AuditEntry(storedLine: line)
            return "\(entry.action) \(entry.target) \(entry.outcome) \(entry.detail)"
        }
    }

    static func message(_ body: ByteBuffer) -> String {
        let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        return (object?["error"] as? [String: Any])?["message"] as? String ?? ""
    }

    @Test(
        arguments: [
            (nil, "send Authorization"),
            ("Basic dGVzdDp0ZXN0", "unknown, expired or revoked"),
            ("Bearer not-a-token", "unknown, expired or revoked"),
            ("Bearer kz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "unknown, expired or revoked"),
        ] as [(String?, String)]
    )
    func badTokensAreRefusedAndAudited(_ header: String?, _ says: String) async throws {
        try await Self.withApp { client, signedIn in
            let before = try await signedIn.sharing.store.auditLines().count
            var headers: HTTPFields = [:]
            if let header { headers[.authorization] = header }
            try await client.execute(uri: "/api/v1/records", method: .get, headers: headers) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(Self.message(response.body).contains(says))
            }
            let audit = try await Self.newAudit(signedIn.sharing, after: before)
            #expect(audit.count == 1)
            #expect(audit.first?.hasPrefix("authentication_failed") == true)
        }
    }

    @Test func expiredAndRevokedSessionsAreRefused() async throws {
        try await Self.withApp { client, signedIn in
            let (expired, _) = try await signedIn.sharing.issueToken(
                user: "tester",
                kind: .session,
                lifetime: 0,
                by: "test"
            )
            let before = try await signedIn.sharing.store.auditLines().count
            try await client.execute(
                uri: "/api/v1/me",
                method: .get,
                headers: [.authorization: "Bearer \(expired.secret)"]
            ) { #expect($0.status == .unauthorized) }
            let audit = try await Self.newAudit(signedIn.sharing, after: before)
            #expect(audit.count == 1, "\(audit)")
            #expect(audit.first?.hasPrefix("authentication_failed user:tester expired session token 1 refusal") == true)
            // a password sign-in opens a session that works until it is ended
            let body = ByteBuffer(string: #"{"user":"tester","password":"\#(SignedIn.password)"}"#)
            let token = try await client.execute(uri: "/auth/session", method: .post, body: body) { response in
                #expect(response.status == .created)
                #expect(response.headers[.setCookie]?.contains("HttpOnly; SameSite=Strict") == true)
                let object =
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                return try #require(object?["token"] as? String)
            }
            let bearer: HTTPFields = [.authorization: "Bearer \(token)"]
            try await client.execute(uri: "/api/v1/me", method: .get, headers: bearer) { #expect($0.status == .ok) }
            try await client.execute(uri: "/auth/session", method: .delete, headers: bearer) {
                #expect($0.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: bearer) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func guessingPasswordsIsThrottled() async throws {
        try await Self.withApp { client, signedIn in
            let wrong = ByteBuffer(string: #"{"user":"tester","password":"wrong password 1"}"#)
            for _ in 0..<5 {
                try await client.execute(uri: "/auth/session", method: .post, body: wrong) { response in
                    #expect(response.status == .unauthorized)
                    #expect(Self.message(response.body) == "unknown user or wrong password")
                }
            }
            // now even the right password waits
            let right = ByteBuffer(string: #"{"user":"tester","password":"\#(SignedIn.password)"}"#)
            try await client.execute(uri: "/auth/session", method: .post, body: right) { response in
                #expect(response.status == .tooManyRequests)
                #expect(Int(response.headers[.retryAfter] ?? "") ?? 0 > 0)
            }
            let audit = try await Self.newAudit(signedIn.sharing, after: 0)
            #expect(audit.filter { $0.hasPrefix("login_failed user:tester") }.count == 6)
        }
    }

    /// Guesses sent all at once reach the password check no more often than guesses sent one by one:
    /// the check runs off the actor, so each attempt is counted before it starts.
    @Test func guessesSentAtOnceCannotOutrunTheThrottle() async throws {
        let sharing = try await SignedIn.make(password: true).sharing
        let outcomes = await withTaskGroup(of: String.self) { group in
            for i in 0..<20 {
                group.addTask {
                    do {
                        _ = try await sharing.login(
                            user: "tester",
                            password: "wrong password \(i)",
                            client: "10.0.0.\(i)"
                        )
                        return "signed in"
                    } catch let refusal as SharingRefusal {
                        return refusal.kind == .tooManyRequests ? "throttled" : "checked"
                    } catch {
                        return "\(error)"
                    }
                }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == "checked" }.count == 5, "\(outcomes)")
        #expect(outcomes.filter { $0 == "throttled" }.count == 15, "\(outcomes)")
    }

    @Test(arguments: [
        (#"{"title":"x","body":"y","labels":{"tlp":"WHITE"}}"#, "labels.tlp"),
        (#"{"title":"x","body":"y","labels":{"tlp":"AMBER","releasableTo":["gb mod"]}}"#, "releasableTo entry"),
        (#"{"title":"x","body":"y","labels":{"tlp":"RED","classification":"SECRET\u0007"}}"#, "classification"),
        (#"{"title":"x","body":"y"}"#, "labels is required"),
        (#"{"title":"","body":"y","labels":{"tlp":"RED"}}"#, "title must be"),
        (#"{"title":"x","body":"y","lat":95,"lon":0,"labels":{"tlp":"RED"}}"#, "lat must be"),
        (#"{"title":"x","body":"y","lat":30,"labels":{"tlp":"RED"}}"#, "lat and lon"),
        (#"{"title":"x","body":"y","time":"9223372036854775807","labels":{"tlp":"RED"}}"#, "years 0001 to 9999"),
        (#"[1,2]"#, "wrong type"),
        (#"{"#, "not JSON"),
    ])
    func malformedRecordsAreRefusedAndAudited(_ body: String, _ says: String) async throws {
        try await Self.withApp { client, signedIn in
            let before = try await signedIn.sharing.store.auditLines().count
            try await client.execute(
                uri: "/api/v1/records",
                method: .post,
                headers: [.authorization: signedIn.header],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .badRequest)
                #expect(Self.message(response.body).contains(says), "\(Self.message(response.body))")
            }
            let audit = try await Self.newAudit(signedIn.sharing, after: before)
            #expect(audit.count == 1 && audit[0].hasPrefix("rejected"), "\(audit)")
        }
    }

    @Test func oversizedBodiesAndViewersWritingAreRefusedAndAudited() async throws {
        try await Self.withApp { client, signedIn in
            let before = try await signedIn.sharing.store.auditLines().count
            let huge =
                #"{"title":"x","labels":{"tlp":"RED"},"body":""# + String(repeating: "a", count: 300_000) + #""}"#
            try await client.execute(
                uri: "/api/v1/records",
                method: .post,
                headers: [.authorization: signedIn.header],
                body: ByteBuffer(string: huge)
            ) { #expect($0.status == .contentTooLarge) }
            try await signedIn.sharing.addUser(
                name: "watcher",
                organisation: SignedIn.organisation,
                role: .viewer,
                password: nil,
                by: "test"
            )
            let (viewer, _) = try await signedIn.sharing.issueToken(
                user: "watcher",
                kind: .api,
                lifetime: nil,
                by: "test"
            )
            try await client.execute(
                uri: "/api/v1/records",
                method: .post,
                headers: [.authorization: "Bearer \(viewer.secret)"],
                body: ByteBuffer(string: #"{"title":"x","body":"y","labels":{"tlp":"RED"}}"#)
            ) { response in
                #expect(response.status == .forbidden)
                #expect(Self.message(response.body).contains("analyst"))
            }
            try await client.execute(
                uri: "/api/v1/users",
                method: .get,
                headers: [.authorization: "Bearer \(viewer.secret)"]
            ) { #expect($0.status == .forbidden) }
            let audit = try await Self.newAudit(signedIn.sharing, after: before)
            #expect(audit.contains { $0.hasPrefix("rejected") && $0.contains("body over") })
            #expect(audit.filter { $0.hasPrefix("authorization_failed") }.count == 2, "\(audit)")
        }
    }

    @Test func badFederationMessagesAreRefusedAndAudited() async throws {
        try await Self.withApp { client, signedIn in
            let partner = NodeKey.generate()
            try await signedIn.sharing.addOrganisation(
                Organisation(id: "gb-mod", name: "UK", nation: "GBR"),
                by: "test"
            )
            try await signedIn.sharing.addPeer(
                Peer(organisation: "gb-mod", url: "http://127.0.0.1:1", publicKey: partner.publicKey.base64),
                by: "test"
            )
            let record = SharedRecord(
                id: UUID().uuidString.lowercased(),
                title: "seen",
                body: "",
                time: 1_790_000_000,
                labels: Labels(owner: "gb-mod", tlp: .amber, releasableTo: [SignedIn.organisation]),
                origin: "gb-mod",
                author: "tom",
                updated: 1_790_000_000
            ).signed(with: partner)
            let now = Int64(Date().timeIntervalSince1970)
            let message = FederationMessage(
                sender: "gb-mod",
                receiver: SignedIn.organisation,
                sequence: 1,
                sent: now,
                records: [record]
            )
            let good = try message.sealed(with: partner)
            let forged = try message.sealed(with: NodeKey.generate())
            func post(_ data: Data) async throws -> (HTTPResponse.Status, String) {
                try await client.execute(uri: "/federation/v1/messages", method: .post, body: ByteBuffer(bytes: data)) {
                    ($0.status, Self.message($0.body) + String(buffer: $0.body))
                }
            }
            #expect(try await post(Data("garbage".utf8)).0 == .badRequest)
            let (forgedStatus, forgedText) = try await post(forged)
            #expect(forgedStatus == .unauthorized)
            #expect(forgedText.contains("belongs to no peer"))
            #expect(try await post(good).0 == .ok)
            let (replayStatus, replayText) = try await post(good)
            #expect(replayStatus == .conflict)
            #expect(replayText.contains("replay"))
            let audit = try await Self.newAudit(signedIn.sharing, after: 0)
            #expect(audit.filter { $0.hasPrefix("federation_rejected") }.count == 3, "\(audit)")
            #expect(audit.contains { $0.hasPrefix("federation_receive message:gb-mod/1") })
            let held = await signedIn.sharing.visibleRecord(
                id: record.id,
                to: signedIn.sharing.reader(organisation: SignedIn.organisation)
            )
            #expect(held?.origin == "gb-mod")
        }
    }
}
