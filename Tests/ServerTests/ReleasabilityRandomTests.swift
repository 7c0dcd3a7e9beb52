import Foundation
import Hummingbird
import HummingbirdTesting
import KizunaTesting
import Server
import Sharing
import Store
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Issue 5's randomized check: 50 organisations, 500 users, 10,000 labelled records across sharing
/// groups and every TLP; every read path (list, detail, search, live stream, STIX export,
/// federation) shows each user exactly what the policy allows — judged by this file's own reading of
/// the rule, not by the node's code.
@Suite("Releasability on every read path, randomized", .serialized)
struct ReleasabilityRandomTests {
    static let nations = ["JPN", "GBR", "FRA", "DEU", "ITA", "CAN", "AUS", "NZL", "KOR", "USA", "NLD", "POL"]
    static let words = ["strait", "tanker", "patrol", "transfer", "drone", "cable", "missile", "exercise"]

    /// The world the test builds, kept here to judge answers independently of the node.
    struct World {
        var nation: [String: String?] = [:]  // organisation → nation
        var groups: [String: Set<String>] = [:]  // group → members
        var users: [(name: String, organisation: String, token: String)] = []
        var records: [String: SharedRecord] = [:]

        func mayRead(_ organisation: String, _ labels: Labels) -> Bool {
            if labels.owner == organisation { return true }
            return labels.releasableTo.contains { entry in
                entry == organisation || (nation[organisation] ?? nil) == entry
                    || (groups[entry]?.contains(organisation) ?? false)
            }
        }

        func visible(to organisation: String) -> Set<String> {
            Set(records.values.filter { mayRead(organisation, $0.labels) }.map(\.id))
        }
    }

    static func build(_ sharing: SharingService, seed: UInt64) async throws -> World {
        var random = SplitMix64(seed: seed)
        var world = World()
        for i in 0..<50 {
            let id = "org-\(i)"
            let nation = i % 5 == 4 ? nil : nations[i % nations.count]  // every fifth an international body
            world.nation[id] = nation
            try await sharing.addOrganisation(
                Organisation(id: id, name: "Organisation \(i)", nation: nation),
                by: "test"
            )
        }
        for g in 0..<10 {
            let members = Set(
                (0..<Int.random(in: 2...9, using: &random)).map { _ in "org-\(Int.random(in: 0..<50, using: &random))" }
            )
            world.groups["group-\(g)"] = members
            try await sharing.addGroup(SharingGroup(id: "group-\(g)", members: members), by: "test")
        }
        for u in 0..<500 {
            let organisation = "org-\(u % 50)"
            let name = "user-\(u)"
            try await sharing.addUser(
                name: name,
                organisation: organisation,
                role: u % 3 == 0 ? .viewer : .analyst,
                password: nil,
                by: "test"
            )
            let (token, _) = try await sharing.issueToken(user: name, kind: .api, lifetime: nil, by: "test")
            world.users.append((name, organisation, token.secret))
        }
        let audiences = world.nation.keys.sorted() + nations + world.groups.keys.sorted() + ["nobody-org", "ZZZ"]
        let tlps = TrafficLightProtocol.allCases
        for r in 0..<10_000 {
            let writer = world.users[(r * 3 + 1) % 500]  // analysts only (index % 3 != 0)
            let principal = Principal(
                user: writer.name,
                role: .analyst,
                reader: await sharing.reader(organisation: writer.organisation)
            )
            let releasable = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                audiences.randomElement(using: &random)!
            }
            let draft = try JSONDecoder().decode(
                RecordDraft.self,
                from: JSONSerialization.data(withJSONObject: [
                    "title": "record \(r) \(words.randomElement(using: &random)!)", "body": "body \(r)",
                    "time": "\(1_790_000_000 + r)",  // seconds
                    "labels": ["tlp": tlps.randomElement(using: &random)!.rawValue, "releasableTo": releasable],
                ])
            )
            let record = try await sharing.createRecord(draft, by: principal)
            world.records[record.id] = record
        }
        return world
    }

    @Test func everyReadPathShowsExactlyWhatLabelsAllow() async throws {
        let node = try await TestNode.start(signedIn: SignedIn.make())
        let sharing = node.signedIn.sharing
        let world = try await Self.build(sharing, seed: 20_261_121)
        #expect(world.records.count == 10_000)
        let core = NodeCore(store: MemoryStore(), logger: ServerFixtures.logger)
        let settings = NodeSettings(
            dataDirectory: "/tmp",
            http: HostPort(host: "127.0.0.1", port: 0),
            webRoot: "/nonexistent"
        )
        let app = Application(router: Node.makeRouter(core: core, settings: settings, sharing: sharing))
        let ids = world.records.keys.sorted()
        let checks = try await app.test(.router) { client in
            var random = SplitMix64(seed: 7)
            var checks = (list: 0, detail: 0, search: 0, export: 0)
            for (index, user) in world.users.enumerated() {
                let auth: HTTPFields = [.authorization: "Bearer \(user.token)"]
                let allowed = world.visible(to: user.organisation)
                // list
                let listed = try await client.execute(uri: "/api/v1/records?limit=100000", method: .get, headers: auth)
                {
                    try Self.ids(in: $0.body)
                }
                #expect(listed == allowed, "list for \(user.name): \(Self.difference(listed, allowed))")
                checks.list += 1
                // detail: allowed ones answer 200, the rest 404 exactly like an unknown id
                for id in (0..<20).map({ _ in ids.randomElement(using: &random)! }) {
                    let status = try await client.execute(uri: "/api/v1/records/\(id)", method: .get, headers: auth) {
                        $0.status
                    }
                    #expect(status == (allowed.contains(id) ? .ok : .notFound), "detail \(id) for \(user.name)")
                    checks.detail += 1
                }
                // search
                let word = Self.words.randomElement(using: &random)!
                let found = try await client.execute(
                    uri: "/api/v1/records?q=\(word)&limit=100000",
                    method: .get,
                    headers: auth
                ) {
                    try Self.ids(in: $0.body)
                }
                #expect(
                    found == allowed.filter { world.records[$0]!.title.hasSuffix(word) },
                    "search \(word) for \(user.name)"
                )
                checks.search += 1
                // STIX export, for every tenth user (each bundle holds thousands of objects)
                if index % 10 == 0 {
                    let bundle = try await client.execute(uri: "/api/v1/export/stix", method: .get, headers: auth) {
                        $0.body
                    }
                    let exported = try STIXBundle.records(from: Data(bundle.readableBytesView))
                    #expect(
                        Set(exported.map(\.id)) == allowed,
                        "STIX export for \(user.name): \(Self.difference(Set(exported.map(\.id)), allowed))"
                    )
                    #expect(
                        exported.allSatisfy { world.records[$0.id]?.labels.tlp == $0.labels.tlp },
                        "TLP kept in export"
                    )
                    checks.export += 1
                }
            }
            return checks
        }
        print(
            "randomized releasability: \(checks.list) lists, \(checks.detail) details, \(checks.search) searches, \(checks.export) exports"
        )

        let withLive = try await Self.checkLiveStream(node: node, world: world)
        try await Self.checkFederation(from: sharing, world: withLive)
        await node.stop()
    }

    /// How two sets of record ids differ, briefly (the sets hold thousands).
    static func difference(_ got: Set<String>, _ expected: Set<String>) -> String {
        "\(got.subtracting(expected).count) shown but not allowed, \(expected.subtracting(got).count) allowed but not shown"
    }

    static func ids(in body: ByteBuffer) throws -> Set<String> {
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [[String: Any]]
        )
        return Set(array.compactMap { $0["id"] as? String })
    }

    /// 40 users hold the live records stream open while 300 more records are written; each stream
    /// carries exactly the new records its user may see.
    static func checkLiveStream(node: TestNode, world: World) async throws -> World {
        var world = world
        let listeners = stride(from: 0, to: 500, by: 13).map { world.users[$0] }
        var sockets: [Int32] = []
        for user in listeners {
            let socket = try await RawSocket.offPool { try RawSocket.connect(port: node.http) }
            try RawSocket.write(
                socket,
                "GET /api/v1/records/stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(user.token)\r\n\r\n"
            )
            #expect(await RawSocket.read(socket, until: ": connected"))
            sockets.append(socket)
        }
        defer { for s in sockets { close(s) } }
        var random = SplitMix64(seed: 99)
        var fresh: [SharedRecord] = []
        var texts = Array(repeating: "", count: sockets.count)
        let audiences = world.nation.keys.sorted() + nations + world.groups.keys.sorted()
        for r in 0..<300 {
            let writer = world.users[(r * 3 + 2) % 500]
            let principal = Principal(
                user: writer.name,
                role: .analyst,
                reader: await node.signedIn.sharing.reader(organisation: writer.organisation)
            )
            let draft = try JSONDecoder().decode(
                RecordDraft.self,
                from: JSONSerialization.data(withJSONObject: [
                    "title": "live \(r)", "body": "",
                    "labels": [
                        "tlp": TrafficLightProtocol.allCases.randomElement(using: &random)!.rawValue,
                        "releasableTo": (0..<Int.random(in: 0...3, using: &random)).map { _ in
                            audiences.randomElement(using: &random)!
                        },
                    ],
                ])
            )
            let record = try await node.signedIn.sharing.createRecord(draft, by: principal)
            fresh.append(record)
            world.records[record.id] = record
            // in parts of 50, each stream read to the part's last record its reader may see: the test is
            // of who receives what, not of a client that falls 256 records behind
            if r % 50 == 49 {
                let part = fresh.suffix(50)
                let needles = listeners.map { user in part.last { world.mayRead(user.organisation, $0.labels) }?.id }
                for (i, text) in await RawSocket.drain(sockets, until: needles).enumerated() { texts[i] += text }
            }
        }
        // and what came after a reader's last record, which must be nothing
        let after = await RawSocket.drain(sockets, until: sockets.map { _ in nil })
        for (i, user) in listeners.enumerated() {
            let expected = Set(fresh.filter { world.mayRead(user.organisation, $0.labels) }.map(\.id))
            let text = texts[i] + after[i]
            let received = Set(fresh.map(\.id).filter { text.contains($0) })
            #expect(
                received == expected,
                "\(Self.difference(received, expected)) live stream for \(user.name) of \(user.organisation)"
            )
        }
        return world
    }

    /// The node pushes to three partner nodes (a national ministry, an international body, a member of
    /// several groups); each receives exactly the records its organisation may see.
    static func checkFederation(from sharing: SharingService, world: World) async throws {
        let receivers = [
            "org-3", "org-9",
            world.groups.values.flatMap { $0 }.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }.max {
                $0.value < $1.value
            }!.key,
        ]
        for organisation in receivers {
            let partner = try await SignedIn.make(organisation: organisation, nation: world.nation[organisation] ?? nil)
            for (id, nation) in world.nation where id != organisation {
                try await partner.sharing.addOrganisation(Organisation(id: id, name: id, nation: nation), by: "test")
            }
            try await partner.sharing.addOrganisation(
                Organisation(id: SignedIn.organisation, name: "origin", nation: "JPN"),
                by: "test"
            )
            for (id, members) in world.groups {
                try await partner.sharing.addGroup(SharingGroup(id: id, members: members), by: "test")
            }
            try await partner.sharing.addPeer(
                Peer(
                    organisation: SignedIn.organisation,
                    url: "http://127.0.0.1:1",
                    publicKey: sharing.nodeKey.publicKey.base64
                ),
                by: "test"
            )
            let node = try await TestNode.start(signedIn: partner)
            // pushed directly (not added as a peer of the sending node, whose own sender would race this)
            try await sharing.push(
                to: Peer(organisation: organisation, url: "http://127.0.0.1:\(node.http)", publicKey: "")
            )
            let reader = await partner.sharing.reader(organisation: organisation)
            let held = Set(await partner.sharing.visibleRecords(to: reader, RecordQuery(limit: .max)).map(\.id))
            let everything = Set(await partner.sharing.allRecords().map(\.id))
            #expect(everything == held, "the partner holds only records released to it")
            #expect(
                held == world.visible(to: organisation),
                "federation to \(organisation): \(Self.difference(held, world.visible(to: organisation)))"
            )
            print("randomized releasability: federation to \(organisation): \(held.count) records")
            await node.stop()
        }
    }
}
