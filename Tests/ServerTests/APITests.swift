import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Store
import Testing

@Suite("HTTP API")
struct APITests {
    static func withApp(_ test: @Sendable (any TestClientProtocol, MemoryStore) async throws -> Void) async throws {
        let store = MemoryStore()
        try await store.write(
            IngestBatch(
                vessels: [
                    StoredVessel(
                        mmsi: 431_000_001,
                        name: "KAIYO MARU",
                        shipType: 70,
                        flag: "JPN",
                        latitude: 26,
                        longitude: 124,
                        speed: 12,
                        course: 90,
                        heading: 91,
                        time: 1_750_000_000_000
                    ),
                    StoredVessel(
                        mmsi: 412_000_002,
                        name: "MIN YU 7",
                        shipType: 30,
                        flag: "CHN",
                        latitude: 30,
                        longitude: 130,
                        time: 1
                    ),
                ],
                positions: [
                    StoredPosition(mmsi: 431_000_001, time: 1_750_000_000_000, latitude: 26, longitude: 124),
                    StoredPosition(mmsi: 431_000_001, time: 1_750_000_060_000, latitude: 26.1, longitude: 124.1),
                ],
                events: [
                    StoredEvent(
                        id: "e1",
                        type: "gap",
                        mmsi: [412_000_002],
                        start: 1_750_000_000_000,
                        latitude: 30,
                        longitude: 130,
                        detailsJSON: #"{"minutes":42}"#,
                        labels: Labels(owner: SignedIn.organisation, tlp: .green)
                    )
                ]
            )
        )
        let core = NodeCore(store: store, logger: ServerFixtures.logger)
        let settings = NodeSettings(
            dataDirectory: "/tmp",
            http: HostPort(host: "127.0.0.1", port: 0),
            webRoot: "/nonexistent"
        )
        let signedIn = try await SignedIn.make()
        let app = Application(router: Node.makeRouter(core: core, settings: settings, sharing: signedIn.sharing))
        try await app.test(.router) { client in
            try await test(SignedInClient(base: client, token: signedIn.token), store)
        }
    }

    static func json(_ buffer: ByteBuffer) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))
    }

    @Test func vesselsInABoxAsGeoJSON() async throws {
        try await Self.withApp { client, _ in
            try await client.execute(uri: "/api/v1/vessels?bbox=120,20,128,28", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/geo+json")
                let collection = try #require(try Self.json(response.body) as? [String: Any])
                #expect(collection["type"] as? String == "FeatureCollection")
                let features = try #require(collection["features"] as? [[String: Any]])
                #expect(features.count == 1)
                let properties = try #require(features[0]["properties"] as? [String: Any])
                #expect(properties["mmsi"] as? Int == 431_000_001)
                #expect(properties["name"] as? String == "KAIYO MARU")
                #expect(properties["speed"] as? Double == 12)
                #expect(properties["course"] as? Double == 90)
                #expect(properties["category"] as? String == "cargo")
                #expect(properties["time"] as? String == "2025-06-15T15:06:40Z")
                let geometry = try #require(features[0]["geometry"] as? [String: Any])
                #expect(geometry["coordinates"] as? [Double] == [124, 26])
            }
            for (query, count) in [("type=fishing", 1), ("flag=jpn", 1), ("name=min", 1), ("type=tanker", 0), ("", 2)] {
                try await client.execute(uri: "/api/v1/vessels?\(query)", method: .get) { response in
                    let collection = try #require(try Self.json(response.body) as? [String: Any])
                    #expect((collection["features"] as? [Any])?.count == count, "\(query)")
                }
            }
        }
    }

    @Test(arguments: [
        "/api/v1/vessels?bbox=1,2,3", "/api/v1/vessels?bbox=10,0,5,1", "/api/v1/vessels?bbox=a,b,c,d",
        "/api/v1/vessels?bbox=0,0,200,1", "/api/v1/vessels?type=submarine", "/api/v1/vessels?limit=-1",
        "/api/v1/events?from=yesterday", "/api/v1/events?mmsi=abc", "/api/v1/vessels/xyz",
        "/api/v1/vessels/431000001/track?from=2025-13-45T00:00:00Z",
        "/api/v1/vessels/431000001/track?from=2025-06-02T00:00:00Z&to=2025-06-01T00:00:00Z",
    ])
    func malformedRequestsGet400(_ uri: String) async throws {
        try await Self.withApp { client, _ in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("message"))
            }
        }
    }

    @Test func unknownIDsGet404() async throws {
        try await Self.withApp { client, _ in
            for uri in ["/api/v1/vessels/999999999", "/api/v1/vessels/999999999/track", "/api/v1/nothing"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .notFound, "\(uri)") }
            }
            try await client.execute(uri: "/api/v1/zones/none", method: .delete) { #expect($0.status == .notFound) }
        }
    }

    @Test func oneVesselAndItsTrack() async throws {
        try await Self.withApp { client, _ in
            try await client.execute(uri: "/api/v1/vessels/431000001", method: .get) { response in
                let feature = try #require(try Self.json(response.body) as? [String: Any])
                #expect((feature["properties"] as? [String: Any])?["name"] as? String == "KAIYO MARU")
            }
            let uri = "/api/v1/vessels/431000001/track?from=2025-06-15T15:06:00Z&to=2025-06-15T15:10:00.5Z"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let feature = try #require(try Self.json(response.body) as? [String: Any])
                let geometry = try #require(feature["geometry"] as? [String: Any])
                #expect(geometry["type"] as? String == "LineString")
                #expect((geometry["coordinates"] as? [[Double]])?.count == 2)
                let times = (feature["properties"] as? [String: Any])?["times"] as? [String]
                #expect(times == ["2025-06-15T15:06:40Z", "2025-06-15T15:07:40Z"])
            }
        }
    }

    @Test func positionsAtATimeForTheSlider() async throws {
        try await Self.withApp { client, _ in
            try await client.execute(uri: "/api/v1/positions?at=2025-06-15T15:07:00Z", method: .get) { response in
                #expect(response.status == .ok)
                let collection = try #require(try Self.json(response.body) as? [String: Any])
                let features = try #require(collection["features"] as? [[String: Any]])
                #expect(features.count == 1)
                let properties = features.first?["properties"] as? [String: Any]
                #expect(properties?["time"] as? String == "2025-06-15T15:06:40Z")
            }
            try await client.execute(uri: "/api/v1/positions", method: .get) { #expect($0.status == .badRequest) }
        }
    }

    @Test func eventsInTheDesignFormat() async throws {
        try await Self.withApp { client, _ in
            try await client.execute(
                uri: "/api/v1/events?type=gap&mmsi=412000002&from=2025-01-01T00:00:00Z",
                method: .get
            ) {
                response in
                let events = try #require(try Self.json(response.body) as? [[String: Any]])
                #expect(events.count == 1)
                #expect(events[0]["id"] as? String == "e1")
                #expect(events[0]["mmsi"] as? [Int] == [412_000_002])
                #expect(events[0]["start"] as? String == "2025-06-15T15:06:40Z")
                #expect(events[0]["end"] == nil)
                #expect((events[0]["details"] as? [String: Any])?["minutes"] as? Int == 42)
            }
            try await client.execute(uri: "/api/v1/events?type=encounter", method: .get) { response in
                let events = try Self.json(response.body) as? [Any]
                #expect(events?.count == 0)
            }
        }
    }

    @Test func zonesAreCreatedListedAndDeleted() async throws {
        try await Self.withApp { client, store in
            let body = ServerFixtures.zoneFeature(id: "senkaku-test", name: "Senkaku test", lat: 25.75, lon: 123.5)
            try await client.execute(uri: "/api/v1/zones", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
            }
            #expect(try await store.zones().map(\.id) == ["senkaku-test"])
            try await client.execute(uri: "/api/v1/zones", method: .get) { response in
                let collection = try #require(try Self.json(response.body) as? [String: Any])
                let features = try #require(collection["features"] as? [[String: Any]])
                #expect((features.first?["properties"] as? [String: Any])?["name"] as? String == "Senkaku test")
            }
            try await client.execute(uri: "/api/v1/zones/senkaku-test", method: .delete) {
                #expect($0.status == .noContent)
            }
            #expect(try await store.zones().isEmpty)
        }
    }

    @Test(arguments: [
        #"not json"#, #"{"type":"Feature","properties":{"name":"x"}}"#,
        #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#,
        #"{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[0,0]}}"#,
        #"{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}"#,
        #"{"type":"Feature","properties":{"name":"x","id":"a b"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#,
        #"{"type":"Feature","properties":{"name":"x","labels":{"tlp":"WHITE"}},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#,
        #"{"type":"Feature","properties":{"name":"x","labels":{"releasableTo":["gb mod"]}},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#,
        #"{"type":"Feature","properties":{"name":"x","labels":"RED"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#,
    ])
    func badZonesGet400(_ body: String) async throws {
        try await Self.withApp { client, _ in
            try await client.execute(uri: "/api/v1/zones", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func oversizedBodiesGet413() async throws {
        try await Self.withApp { client, _ in
            let body = ByteBuffer(repeating: UInt8(ascii: " "), count: NodeRoutes.maximumBody + 1)
            try await client.execute(uri: "/api/v1/zones", method: .post, body: body) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func healthMetricsAndOpenAPI() async throws {
        try await Self.withApp { client, _ in
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(String(buffer: response.body).contains("kizuna_ingest_acknowledged_total"))
            }
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let document = try #require(try Self.json(response.body) as? [String: Any])
                let paths = try #require(document["paths"] as? [String: Any])
                for path in [
                    "/api/v1/vessels", "/api/v1/vessels/{mmsi}/track", "/api/v1/events", "/api/v1/zones",
                    "/api/v1/stream", "/api/v1/vessels/{mmsi}/annotations", "/api/v1/import/stix",
                    "/api/v1/events/{id}", "/api/v1/zones/{id}",
                ] {
                    #expect(paths[path] != nil, "\(path)")
                }
            }
        }
    }
}
