import Foundation
import Hummingbird
import HummingbirdTesting
import KizunaTesting
import Server
import Sharing
import Store
import Testing

/// Issue 5's randomized check for the picture: 50 organisations in random sharing groups, 200 zones
/// written through the API by random organisations with random labels, 2,000 events with random
/// labels (some about those zones), and 300 more on the live stream. Each organisation's user lists
/// zones and events (whole, filtered by zone, type and vessel, and limited), opens events, and holds
/// the stream open; every answer is compared with this file's own reading of the rule.
@Suite("Picture releasability on every read path, randomized")
struct PictureReleasabilityRandomTests {
    static let nations = ["JPN", "GBR", "FRA", "DEU", "AUS", "KOR", "USA"]
    static let types = ["gap", "encounter", "loitering", "zone_entry", "zone_exit", "identity"]

    struct World {
        var nation: [String: String] = [:]
        var groups: [String: Set<String>] = [:]
        var users: [(organisation: String, token: String)] = []
        var zones: [String: Labels] = [:]
        var events: [StoredEvent] = []

        func mayRead(_ organisation: String, _ labels: Labels) -> Bool {
            labels.owner == organisation
                || labels.releasableTo.contains { entry in
                    entry == organisation || nation[organisation] == entry
                        || groups[entry]?.contains(organisation) == true
                }
        }

        /// Everything a reader should get from a list, newest start first then id descending.
        func visibleEvents(_ organisation: String, _ keep: (StoredEvent) -> Bool = { _ in true }) -> [String] {
            events.filter { keep($0) && mayRead(organisation, $0.labels) }
                .sorted { ($0.start, $0.id) > ($1.start, $1.id) }.map(\.id)
        }
    }

    static func randomLabels(_ owner: String, _ audiences: [String], _ random: inout SplitMix64) -> Labels {
        Labels(
            owner: owner,
            tlp: TrafficLightProtocol.allCases.randomElement(using: &random)!,
            releasableTo: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                audiences.randomElement(using: &random)!
            },
            classification: Bool.random(using: &random) ? "RESTRICTED" : nil
        )
    }

    @Test func everyPictureReadPathShowsExactlyWhatLabelsAllow() async throws {
        var random = SplitMix64(seed: 20_261_121_5)
        let signedIn = try await SignedIn.make()
        let sharing = signedIn.sharing
        var world = World()
        for i in 0..<50 {
            let nation = i % 5 == 4 ? nil : Self.nations[i % Self.nations.count]
            world.nation["org-\(i)"] = nation
            try await sharing.addOrganisation(Organisation(id: "org-\(i)", name: "Org \(i)", nation: nation), by: "t")
            try await sharing.addUser(name: "u\(i)", organisation: "org-\(i)", role: .analyst, password: nil, by: "t")
            let (token, _) = try await sharing.issueToken(user: "u\(i)", kind: .api, lifetime: nil, by: "t")
            world.users.append(("org-\(i)", token.secret))
        }
        for g in 0..<10 {
            let members = Set(
                (0..<Int.random(in: 2...9, using: &random)).map { _ in "org-\(Int.random(in: 0..<50, using: &random))" }
            )
            world.groups["group-\(g)"] = members
            try await sharing.addGroup(SharingGroup(id: "group-\(g)", members: members), by: "t")
        }
        let audiences = world.nation.keys.sorted() + Self.nations + world.groups.keys.sorted() + ["nobody", "ZZZ"]
        // 200 zones, each to be written by a random organisation's user with random labels
        var zoneWriters: [String: String] = [:]  // zone → token of its writer
        for z in 0..<200 {
            let (organisation, token) = world.users.randomElement(using: &random)!
            var labels = Self.randomLabels(organisation, audiences, &random)
            labels.classification = nil
            world.zones["z\(z)"] = labels
            zoneWriters["z\(z)"] = token
        }
        // 2,000 events: about a zone (with its labels, as detection gives them) or with their own
        let zoneIDs = world.zones.keys.sorted()
        for e in 0..<2000 {
            let zone = e % 3 == 0 ? zoneIDs.randomElement(using: &random)! : nil
            let owner = "org-\(Int.random(in: 0..<50, using: &random))"
            world.events.append(
                StoredEvent(
                    id: "e\(e)",
                    type: zone == nil ? Self.types.randomElement(using: &random)! : "zone_entry",
                    mmsi: [UInt32(412_000_000 + Int.random(in: 0..<20, using: &random))],
                    start: 1_790_000_000_000 + Int64.random(in: 0..<500, using: &random) * 1000,
                    latitude: 26,
                    longitude: 124,
                    zone: zone,
                    labels: zone.map { world.zones[$0]! } ?? Self.randomLabels(owner, audiences, &random)
                )
            )
        }
        // 300 more for the live stream
        let live = (0..<300).map { e in
            StoredEvent(
                id: "live\(e)",
                type: "gap",
                mmsi: [412_000_001],
                start: 1_790_001_000_000 + Int64(e),
                latitude: 26,
                longitude: 124,
                labels: Self.randomLabels("org-\(Int.random(in: 0..<50, using: &random))", audiences, &random)
            )
        }
        let core = NodeCore(
            store: MemoryStore(),
            pictureLabels: Labels(owner: "org-0", tlp: .green),
            logger: ServerFixtures.logger
        )
        let settings = NodeSettings(dataDirectory: "/tmp", http: HostPort(host: "127.0.0.1", port: 0), webRoot: "/none")
        let app = Application(router: Node.makeRouter(core: core, settings: settings, sharing: sharing))
        try await app.test(.live) { [world, zoneWriters] client in
            // the live streams end with the test, or they would keep the server from stopping
            do {
                try await Self.check(client, core, world, zoneWriters, live)
            } catch {
                await core.live.finishAll()
                throw error
            }
            await core.live.finishAll()
        }
    }

    /// Writes the zones and events through `client` and the store, then checks every read path.
    static func check(
        _ client: any TestClientProtocol,
        _ core: NodeCore,
        _ world: World,
        _ zoneWriters: [String: String],
        _ live: [StoredEvent]
    ) async throws {
        let port = try #require(client.port)
        for (zone, labels) in world.zones.sorted(by: { $0.key < $1.key }) {
            let releasable = labels.releasableTo.map { "\"\($0)\"" }.joined(separator: ",")
            let body = ServerFixtures.zoneFeature(id: zone, name: zone, lat: 26, lon: 124).replacingOccurrences(
                of: #""properties":{"#,
                with: #""properties":{"labels":{"tlp":"\#(labels.tlp.rawValue)","releasableTo":[\#(releasable)]},"#
            )
            try await SignedInClient(base: client, token: zoneWriters[zone]!).execute(
                uri: "/api/v1/zones",
                method: .post,
                body: ByteBuffer(string: body)
            ) { #expect($0.status == .created) }
        }
        try await core.store.write(IngestBatch(events: world.events))
        var random = SplitMix64(seed: 7)
        let zoneIDs = world.zones.keys.sorted()

        // 20 readers hold the live stream open while 300 more events are published
        let listeners = stride(from: 0, to: 50, by: 5).map { world.users[$0] } + world.users.suffix(10)
        var sockets: [Int32] = []
        for user in listeners { sockets.append(try await RawSocket.openPictureStream(port: port, token: user.token)) }
        defer { for s in sockets { close(s) } }
        // in parts of 50, each read to its last event a reader may see before the next: the test is of
        // who receives what, not of a client that falls 256 updates behind
        var texts = Array(repeating: "", count: sockets.count)
        for start in stride(from: 0, to: live.count, by: 50) {
            let part = live[start..<min(start + 50, live.count)]
            for event in part { await core.live.publish(.event(LiveEvent(event))) }
            let needles = listeners.map { user in
                part.last { world.mayRead(user.organisation, $0.labels) }.map { "\"id\":\"\($0.id)\"" }
            }
            for (i, text) in await RawSocket.drain(sockets, until: needles).enumerated() { texts[i] += text }
        }
        // and what came after a reader's last event, which must be nothing
        let after = await RawSocket.drain(sockets, until: sockets.map { _ in nil })
        for (i, user) in listeners.enumerated() {
            let expected = live.filter { world.mayRead(user.organisation, $0.labels) }.map(\.id)
            let received = live.map(\.id).filter { (texts[i] + after[i]).contains("\"id\":\"\($0)\"") }
            #expect(received == expected, "stream of \(user.organisation)")
        }

        var shown = 0  // events listed to all users together, to see that the world is not degenerate
        for user in world.users {
            let caller = SignedInClient(base: client, token: user.token)
            func ids(_ uri: String) async throws -> [String] {
                try await caller.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                    if let list = object as? [[String: Any]] { return list.compactMap { $0["id"] as? String } }
                    let features = (object as? [String: Any])?["features"] as? [[String: Any]] ?? []
                    return features.compactMap { $0["id"] as? String }
                }
            }
            let zones = try await ids("/api/v1/zones")
            #expect(Set(zones) == Set(world.zones.filter { world.mayRead(user.organisation, $0.value) }.keys))
            let listed = try await ids("/api/v1/events?limit=10000")
            #expect(listed == world.visibleEvents(user.organisation))
            shown += listed.count
            let zone = zoneIDs.randomElement(using: &random)!
            #expect(
                try await ids("/api/v1/events?zone=\(zone)")
                    == world.visibleEvents(user.organisation) { $0.zone == zone }
            )
            let type = Self.types.randomElement(using: &random)!
            let mmsi = 412_000_000 + Int.random(in: 0..<20, using: &random)
            #expect(
                try await ids("/api/v1/events?type=\(type)&mmsi=\(mmsi)&limit=10000")
                    == world.visibleEvents(user.organisation) { $0.type == type && $0.mmsi == [UInt32(mmsi)] }
            )
            let limit = Int.random(in: 1...40, using: &random)
            #expect(
                try await ids("/api/v1/events?limit=\(limit)")
                    == Array(world.visibleEvents(user.organisation).prefix(limit))
            )
            for _ in 0..<20 {
                let event = world.events.randomElement(using: &random)!
                let allowed = world.mayRead(user.organisation, event.labels)
                try await caller.execute(uri: "/api/v1/events/\(event.id)", method: .get) { response in
                    #expect(response.status == (allowed ? .ok : .notFound), "\(event.id) for \(user.organisation)")
                }
            }
        }
        // each reader sees some events and misses others, on average
        #expect(shown > world.users.count * 50 && shown < world.users.count * (world.events.count - 50))
    }
}
