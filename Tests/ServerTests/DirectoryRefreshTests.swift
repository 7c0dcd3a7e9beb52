import Foundation
import Server
import Sharing
import Store
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A running node sees users, revocations and peers that the command line writes to its store
/// (issue 5): the command line opens the same `sharing.sqlite` with ``Node/openSharing``, as
/// `kizuna users add` does, while the node polls the store's directory generation.
@Suite("Directory changes from the command line reach a running node")
struct DirectoryRefreshTests {
    /// A node's sharing data on SQLite under a fresh folder, with its organisation and admin.
    static func dataDirectory() async throws -> (String, SignedIn) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-directory-\(UUID())").path
        let sharing = try await commandLine(directory)
        try await sharing.addOrganisation(
            Organisation(id: SignedIn.organisation, name: "Test organisation", nation: "JPN"),
            by: "test"
        )
        try await sharing.addUser(
            name: "tester",
            organisation: SignedIn.organisation,
            role: .admin,
            password: nil,
            by: "test"
        )
        let (token, _) = try await sharing.issueToken(user: "tester", kind: .api, lifetime: nil, by: "test")
        return (directory, SignedIn(sharing: sharing, token: token.secret))
    }

    /// What `kizuna … --data DIRECTORY` opens.
    static func commandLine(_ directory: String) async throws -> SharingService {
        try await Node.openSharing(
            database: nil,
            dataDirectory: directory,
            organisation: SignedIn.organisation,
            logger: ServerFixtures.logger
        )
    }

    static let password = "kenji's pass phrase"

    /// `kizuna users add kenji --org test-org --role analyst --password-stdin`.
    static func addKenji(_ cli: SharingService) async throws {
        try await cli.addUser(
            name: "kenji",
            organisation: SignedIn.organisation,
            role: .analyst,
            password: Self.password,
            by: "cli"
        )
    }

    @Test func refreshReadsWhatAnotherProcessWrote() async throws {
        let (directory, node) = try await Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cli = try await Self.commandLine(directory)
        _ = try await node.sharing.refreshDirectory()  // its own writes while setting up
        #expect(try await node.sharing.refreshDirectory() == false, "nothing changed since")

        try await Self.addKenji(cli)
        await #expect(throws: SharingRefusal.self) {
            try await node.sharing.login(user: "kenji", password: Self.password, client: "192.0.2.1")
        }
        #expect(try await node.sharing.refreshDirectory())
        let (session, _) = try await node.sharing.login(user: "kenji", password: Self.password, client: "192.0.2.1")

        // the node caches a token once used; a revocation elsewhere empties the cache on refresh
        let (api, _) = try await cli.issueToken(user: "kenji", kind: .api, lifetime: nil, by: "cli")
        #expect(try await node.sharing.authenticate(Substring(api.secret), client: "192.0.2.1") != nil)
        #expect(try await cli.revokeTokens(user: "kenji", by: "cli") == 2)
        #expect(try await node.sharing.authenticate(Substring(api.secret), client: "192.0.2.1") != nil, "cached")
        #expect(try await node.sharing.refreshDirectory())
        #expect(try await node.sharing.authenticate(Substring(api.secret), client: "192.0.2.1") == nil)
        #expect(try await node.sharing.authenticate(Substring(session.secret), client: "192.0.2.1") == nil)
        #expect(try await node.sharing.authenticate(Substring(node.token), client: "192.0.2.1") != nil)

        // a peer added elsewhere: its messages are refused until the refresh, accepted after it
        let partner = NodeKey.generate()
        try await cli.addOrganisation(Organisation(id: "gb-mod", name: "UK MOD", nation: "GBR"), by: "cli")
        try await cli.addPeer(
            Peer(organisation: "gb-mod", url: "http://127.0.0.1:1", publicKey: partner.publicKey.base64),
            by: "cli"
        )
        let message = try FederationMessage(
            sender: "gb-mod",
            receiver: SignedIn.organisation,
            sequence: 1,
            sent: Int64(Date().timeIntervalSince1970),
            records: []
        ).sealed(with: partner)
        #expect(await node.sharing.receive(message).status == 401)
        #expect(try await node.sharing.refreshDirectory())
        #expect(await node.sharing.allPeers().map(\.organisation) == ["gb-mod"])
        #expect(await node.sharing.receive(message).status == 200)
        try await cli.store.close()
        try await node.sharing.store.close()
    }

    @Test func changesMadeHereSurviveAConcurrentRefresh() async throws {
        let sharing = try await SignedIn.make().sharing
        let refresher = Task {
            while !Task.isCancelled { _ = try? await sharing.refreshDirectory() }
        }
        defer { refresher.cancel() }
        // each group needs the organisation added just before it to be known
        for i in 0..<200 {
            try await sharing.addOrganisation(Organisation(id: "org-\(i)", name: "organisation \(i)"), by: "test")
            try await sharing.addGroup(SharingGroup(id: "group-\(i)", members: ["org-\(i)"]), by: "test")
        }
        #expect(await sharing.allGroups().count == 200)
    }

    /// Sends `request` every 100 ms until it answers `status`, for at most `seconds` (at least once).
    static func eventually(
        _ request: URLRequest,
        answers status: Int,
        within seconds: Double = 30
    ) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let (_, response) = try await URLSession.shared.data(for: request)
            if (response as? HTTPURLResponse)?.statusCode == status { return true }
            if Date() >= deadline { return false }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    @Test func usersAndRevocationsFromTheCommandLineTakeEffectWithoutRestart() async throws {
        let (directory, signedIn) = try await Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let node = try await TestNode.start(signedIn: signedIn)
        let cli = try await Self.commandLine(directory)

        try await Self.addKenji(cli)
        // polled with a token (a password would soon be throttled), then one sign-in
        let (token, _) = try await cli.issueToken(user: "kenji", kind: .api, lifetime: nil, by: "cli")
        var me = URLRequest(url: URL(string: "http://127.0.0.1:\(node.http)/api/v1/me")!)
        me.setValue("Bearer \(token.secret)", forHTTPHeaderField: "Authorization")
        #expect(try await Self.eventually(me, answers: 200), "a user added by the command line is known")
        var login = URLRequest(url: URL(string: "http://127.0.0.1:\(node.http)/auth/session")!)
        login.httpMethod = "POST"
        login.httpBody = Data(#"{"user":"kenji","password":"\#(Self.password)"}"#.utf8)
        #expect(try await Self.eventually(login, answers: 201, within: 0), "and signs in with a password")

        _ = try await cli.revokeTokens(user: "kenji", by: "cli")
        #expect(try await Self.eventually(me, answers: 401), "a token revoked by the command line stops working")

        let (second, _) = try await cli.issueToken(user: "kenji", kind: .api, lifetime: nil, by: "cli")
        me.setValue("Bearer \(second.secret)", forHTTPHeaderField: "Authorization")
        #expect(try await Self.eventually(me, answers: 200, within: 0))
        try await cli.disableUser("kenji", by: "cli")
        #expect(try await Self.eventually(me, answers: 401), "a user disabled by the command line is refused")
        try await cli.store.close()
        await node.stop()
    }

    @Test func aPeerAddedByTheCommandLineStartsReceiving() async throws {
        let (directory, signedIn) = try await Self.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let node = try await TestNode.start(signedIn: signedIn)
        let partner = try await SignedIn.make(organisation: "gb-mod", nation: "GBR")
        try await partner.sharing.addOrganisation(
            Organisation(id: SignedIn.organisation, name: "origin", nation: "JPN"),
            by: "test"
        )
        try await partner.sharing.addPeer(
            Peer(
                organisation: SignedIn.organisation,
                url: "http://127.0.0.1:1",
                publicKey: signedIn.sharing.nodeKey.publicKey.base64
            ),
            by: "test"
        )
        let partnerNode = try await TestNode.start(signedIn: partner)

        let principal = Principal(
            user: "tester",
            role: .admin,
            reader: await signedIn.sharing.reader(organisation: SignedIn.organisation)
        )
        let draft = try JSONDecoder().decode(
            RecordDraft.self,
            from: Data(#"{"title":"for the UK","body":"","labels":{"tlp":"GREEN","releasableTo":["GBR"]}}"#.utf8)
        )
        let record = try await signedIn.sharing.createRecord(draft, by: principal)

        let cli = try await Self.commandLine(directory)
        try await cli.addOrganisation(Organisation(id: "gb-mod", name: "UK MOD", nation: "GBR"), by: "cli")
        try await cli.addPeer(
            Peer(
                organisation: "gb-mod",
                url: "http://127.0.0.1:\(partnerNode.http)",
                publicKey: partner.sharing.nodeKey.publicKey.base64
            ),
            by: "cli"
        )
        let deadline = Date().addingTimeInterval(30)
        var received = false
        while !received, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            received = await partner.sharing.allRecords().contains { $0.id == record.id }
        }
        #expect(received, "the record reached the peer the command line added")
        try await cli.store.close()
        await partnerNode.stop()
        await node.stop()
    }
}
