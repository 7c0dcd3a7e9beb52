import AIS
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Store
import Testing

/// Labels on the picture's zones and events, seen by two organisations on one node: `test-org`
/// (JPN, the node's own, user `tester`, admin) and `gb-mod` (GBR, user `bob`, analyst), with a
/// viewer `vic` of `nato-hq`.
@Suite("Picture labels: zones and events through the policy")
struct PictureLabelsAPITests {
    static let picture = Labels(owner: SignedIn.organisation, tlp: .green)
    static let aOnly = #"{"tlp":"AMBER","releasableTo":[],"classification":"RESTRICTED"}"#
    static let toGBR = #"{"tlp":"GREEN","releasableTo":["GBR"]}"#

    struct Callers {
        let a: any TestClientProtocol
        let b: any TestClientProtocol
        let viewer: any TestClientProtocol
        let tokens: (a: String, b: String)
        let core: NodeCore
        let sharing: SharingService
        let port: Int
    }

    static func withNode(
        picture: Labels = picture,
        store: any NodeStore = MemoryStore(),
        _ test: @Sendable (Callers) async throws -> Void
    ) async throws {
        let signedIn = try await SignedIn.make()
        let sharing = signedIn.sharing
        try await sharing.addOrganisation(Organisation(id: "gb-mod", name: "UK MOD", nation: "GBR"), by: "test")
        try await sharing.addOrganisation(Organisation(id: "nato-hq", name: "NATO HQ", nation: nil), by: "test")
        try await sharing.addUser(name: "bob", organisation: "gb-mod", role: .analyst, password: nil, by: "test")
        try await sharing.addUser(name: "vic", organisation: "nato-hq", role: .viewer, password: nil, by: "test")
        let (b, _) = try await sharing.issueToken(user: "bob", kind: .api, lifetime: nil, by: "test")
        let (v, _) = try await sharing.issueToken(user: "vic", kind: .api, lifetime: nil, by: "test")
        let core = NodeCore(store: store, pictureLabels: picture, logger: ServerFixtures.logger)
        let settings = NodeSettings(dataDirectory: "/tmp", http: HostPort(host: "127.0.0.1", port: 0), webRoot: "/none")
        let app = Application(router: Node.makeRouter(core: core, settings: settings, sharing: sharing))
        try await app.test(.live) { client in
            // the live streams end with the test, or they would keep the server from stopping
            do {
                try await test(
                    Callers(
                        a: SignedInClient(base: client, token: signedIn.token),
                        b: SignedInClient(base: client, token: b.secret),
                        viewer: SignedInClient(base: client, token: v.secret),
                        tokens: (signedIn.token, b.secret),
                        core: core,
                        sharing: sharing,
                        port: try #require(client.port)
                    )
                )
            } catch {
                await core.live.finishAll()
                throw error
            }
            await core.live.finishAll()
        }
    }

    /// A square zone around (lat, lon) with `labels` (JSON text) in its properties, or none.
    static func zone(_ id: String, lat: Double = 26.5, lon: Double = 124.5, labels: String?) -> ByteBuffer {
        var feature = ServerFixtures.zoneFeature(id: id, name: id, lat: lat, lon: lon, half: 0.5)
        if let labels {
            feature = feature.replacingOccurrences(of: #""properties":{"#, with: #""properties":{"labels":\#(labels),"#)
        }
        return ByteBuffer(string: feature)
    }

    static func status(
        _ client: any TestClientProtocol,
        _ uri: String,
        _ method: HTTPRequest.Method = .get,
        _ body: ByteBuffer? = nil
    ) async throws -> HTTPResponse.Status {
        try await client.execute(uri: uri, method: method, body: body) { $0.status }
    }

    static func json(_ client: any TestClientProtocol, _ uri: String) async throws -> Any {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            return try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        }
    }

    static func zoneIDs(_ client: any TestClientProtocol) async throws -> Set<String> {
        let collection = try #require(try await json(client, "/api/v1/zones") as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        return Set(features.compactMap { $0["id"] as? String })
    }

    static func eventIDs(_ client: any TestClientProtocol, _ query: String = "") async throws -> Set<String> {
        let events = try #require(try await json(client, "/api/v1/events?limit=10000" + query) as? [[String: Any]])
        return Set(events.compactMap { $0["id"] as? String })
    }

    @Test func zonesAreListedChangedAndDeletedOnlyAsTheirLabelsAllow() async throws {
        try await Self.withNode { c in
            #expect(
                try await Self.status(c.a, "/api/v1/zones", .post, Self.zone("a-only", labels: Self.aOnly)) == .created
            )
            #expect(
                try await Self.status(c.a, "/api/v1/zones", .post, Self.zone("shared", labels: Self.toGBR)) == .created
            )
            // no labels: the picture's TLP and releasability, owned by the caller's organisation
            let created = try await c.b.execute(
                uri: "/api/v1/zones",
                method: .post,
                body: Self.zone("b-own", labels: nil)
            ) {
                response in
                #expect(response.status == .created)
                return try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            }
            let labels = (created?["properties"] as? [String: Any])?["labels"] as? [String: Any]
            #expect(labels?["owner"] as? String == "gb-mod" && labels?["tlp"] as? String == "GREEN")
            #expect(try await Self.zoneIDs(c.a) == ["a-only", "shared"])
            #expect(try await Self.zoneIDs(c.b) == ["shared", "b-own"])
            #expect(try await Self.zoneIDs(c.viewer).isEmpty)
            // B may not see a-only: 404 as if absent, and its id is taken; B sees but does not own shared: 403
            #expect(try await Self.status(c.b, "/api/v1/zones/a-only", .delete) == .notFound)
            #expect(try await Self.status(c.b, "/api/v1/zones/nothing-here", .delete) == .notFound)
            #expect(try await Self.status(c.b, "/api/v1/zones/shared", .delete) == .forbidden)
            #expect(try await Self.status(c.b, "/api/v1/zones", .post, Self.zone("shared", labels: nil)) == .forbidden)
            #expect(try await Self.status(c.b, "/api/v1/zones", .post, Self.zone("a-only", labels: nil)) == .conflict)
            #expect(try await Self.status(c.viewer, "/api/v1/zones", .post, Self.zone("v", labels: nil)) == .forbidden)
            #expect(try await Self.zoneIDs(c.a) == ["a-only", "shared"])
            #expect(try await Self.status(c.a, "/api/v1/zones/a-only", .delete) == .noContent)
            #expect(try await Self.zoneIDs(c.a) == ["shared"])
            let audit = try await c.sharing.store.auditLines().joined(separator: "\n")
            for expected in [
                #""action":"authorization_failed","actor":"user:bob@gb-mod","detail":"delete","outcome":"not visible or absent","#,
                #""action":"authorization_failed","actor":"user:bob@gb-mod","detail":"delete","outcome":"not the owner","#,
                #""action":"authorization_failed","actor":"user:vic@nato-hq""#,
                #""action":"delete","actor":"user:tester@test-org""#, #""target":"zone:a-only""#,
            ] {
                #expect(audit.contains(expected), "audit lacks \(expected)")
            }
        }
    }

    static func event(_ id: String, zone: String?, labels: Labels, start: Int64 = 1_790_000_000_000) -> StoredEvent {
        StoredEvent(
            id: id,
            type: zone == nil ? "gap" : "zone_entry",
            mmsi: [412_000_001],
            start: start,
            latitude: 26.5,
            longitude: 124.5,
            zone: zone,
            labels: labels
        )
    }

    @Test func eventsListDetailAndStreamShowOnlyWhatTheReaderMaySee() async throws {
        try await Self.withNode { c in
            let hidden = Labels(owner: SignedIn.organisation, tlp: .amber, classification: "RESTRICTED")
            let shared = Labels(owner: SignedIn.organisation, tlp: .green, releasableTo: ["GBR"])
            var streams: [Int32] = []
            for token in [c.tokens.a, c.tokens.b] {
                streams.append(try await RawSocket.openPictureStream(port: c.port, token: token))
            }
            defer { for s in streams { close(s) } }
            let events = [
                Self.event("hidden-1", zone: "a-only", labels: hidden),
                Self.event("shared-1", zone: "shared", labels: shared, start: 1_790_000_001_000),
                Self.event("picture-1", zone: nil, labels: Self.picture, start: 1_790_000_002_000),
                Self.event("last", zone: nil, labels: shared, start: 1_790_000_003_000),
            ]
            try await c.core.store.write(IngestBatch(events: events))
            for e in events { await c.core.live.publish(.event(LiveEvent(e))) }
            #expect(try await Self.eventIDs(c.a) == ["hidden-1", "shared-1", "picture-1", "last"])
            #expect(try await Self.eventIDs(c.b) == ["shared-1", "last"])
            #expect(try await Self.eventIDs(c.b, "&zone=a-only").isEmpty)
            #expect(try await Self.eventIDs(c.a, "&zone=a-only") == ["hidden-1"])
            #expect(try await Self.eventIDs(c.b, "&type=zone_entry&mmsi=412000001") == ["shared-1"])
            // a limit counts visible events only: B's first event is not lost behind A's
            #expect(try await Self.eventIDs(c.b, "&limit=1").isEmpty == false)
            let first = try #require(try await Self.json(c.b, "/api/v1/events?limit=1") as? [[String: Any]])
            #expect(first.map { $0["id"] as? String } == ["last"])
            #expect(try await Self.status(c.b, "/api/v1/events/hidden-1") == .notFound)
            #expect(try await Self.status(c.b, "/api/v1/events/no-such") == .notFound)
            let detail = try #require(try await Self.json(c.a, "/api/v1/events/hidden-1") as? [String: Any])
            let labels = try #require(detail["labels"] as? [String: Any])
            #expect(labels["tlp"] as? String == "AMBER" && labels["classification"] as? String == "RESTRICTED")
            let a = await RawSocket.collect(streams[0], until: "\"id\":\"last\"", quiet: 30)
            let b = await RawSocket.collect(streams[1], until: "\"id\":\"last\"", quiet: 30)
            for id in ["hidden-1", "shared-1", "picture-1", "last"] {
                #expect(a.contains("\"id\":\"\(id)\""), "A: \(id)")
            }
            #expect(b.contains("\"id\":\"shared-1\"") && b.contains("\"id\":\"last\""))
            #expect(!b.contains("hidden-1") && !b.contains("picture-1"))
        }
    }

    /// A reader who may see few of the stored events is answered from their label sets alone: the
    /// store hands out no event the reader may not see, however many there are.
    @Test func aNarrowReadersListReadsOnlyTheEventsItMaySee() async throws {
        let store = SlowStore(delay: .zero)
        try await Self.withNode(store: store) { c in
            let hidden = Labels(owner: SignedIn.organisation, tlp: .amber)
            let shared = Labels(owner: SignedIn.organisation, tlp: .green, releasableTo: ["GBR"])
            // the hidden events are the newest, so a list in time order meets them first
            let events =
                (0..<3).map { Self.event("shared-\($0)", zone: nil, labels: shared, start: 1_000 + Int64($0)) }
                + (0..<5_000).map {
                    Self.event("hidden-\($0)", zone: "a-only", labels: hidden, start: 2_000 + Int64($0))
                }
            try await store.write(IngestBatch(events: events))

            let before = await store.eventsRead
            let first = try #require(try await Self.json(c.b, "/api/v1/events?limit=2") as? [[String: Any]])
            #expect(first.map { $0["id"] as? String } == ["shared-2", "shared-1"])
            #expect(await store.eventsRead - before == 2, "B's list read only B's events")
            #expect(try await Self.eventIDs(c.b) == ["shared-0", "shared-1", "shared-2"])

            let read = await store.eventsRead
            #expect(try await Self.eventIDs(c.viewer).isEmpty)
            #expect(await store.eventsRead == read, "a reader who may see no label set reads no event")
            #expect(try await Self.eventIDs(c.a).count == 5_003)
        }
    }

    /// Reports of one vessel along `path` (latitude, longitude), one a second from `start` (seconds).
    static func reports(_ path: [(Double, Double)], start: Int64) -> [ObservedReport] {
        var decoder = AISStreamDecoder()
        var reports: [ObservedReport] = []
        ServerFixtures.feed(path.map { ServerFixtures.position(412_000_009, lat: $0.0, lon: $0.1) }, start: start)
            .utf8CString.dropLast().withUnsafeBytes { bytes in
                decoder.feed(bytes) { if let r = ObservedReport($0, receiveTime: 0) { reports.append(r) } }
            }
        return reports
    }

    /// Mid-visit, A deletes the zone, or widens it to GBR: the visit's event keeps the labels it was
    /// detected with either way.
    @Test(arguments: ["delete", "widen"])
    func aZonesEventsKeepTheirLabelsWhenTheZoneGoesOrWidens(_ change: String) async throws {
        // the picture's own labels would show the event to B: only the zone's keep it from B
        let wide = Labels(owner: SignedIn.organisation, tlp: .green, releasableTo: ["GBR"])
        try await Self.withNode(picture: wide) { c in
            #expect(
                try await Self.status(c.a, "/api/v1/zones", .post, Self.zone("a-only", labels: Self.aOnly)) == .created
            )
            let writer = Task { try await c.core.writer().run() }
            await c.core.queue.push(Self.reports([(25.5, 124.5), (26.5, 124.5)], start: ServerFixtures.t0))
            var entry: StoredEvent?
            for _ in 0..<1500 where entry == nil {  // up to 30 s on a busy machine
                entry = try await c.core.store.events(EventQuery(zone: "a-only")).first
                if entry == nil { try await Task.sleep(for: .milliseconds(20)) }
            }
            let id = try #require(entry?.id)
            if change == "delete" {
                #expect(try await Self.status(c.a, "/api/v1/zones/a-only", .delete) == .noContent)
            } else {
                let wider = Self.zone("a-only", labels: Self.toGBR)
                #expect(try await Self.status(c.a, "/api/v1/zones", .post, wider) == .created)
            }
            // the vessel then leaves (a visit to a deleted zone ends at once)
            await c.core.queue.push(Self.reports([(26.6, 124.5), (27.5, 124.5)], start: ServerFixtures.t0 + 10))
            await c.core.queue.finish()
            try await writer.value
            let stored = try #require(try await c.core.store.event(id: id))
            #expect(stored.end != nil)
            #expect(stored.labels.owner == SignedIn.organisation && stored.labels.tlp == .amber)
            #expect(stored.labels.releasableTo.isEmpty && stored.labels.classification == "RESTRICTED")
            #expect(try await Self.status(c.b, "/api/v1/events/\(id)") == .notFound)
            #expect(try await Self.status(c.a, "/api/v1/events/\(id)") == .ok)
            #expect(try await !Self.eventIDs(c.b).contains(id))
        }
    }
}
