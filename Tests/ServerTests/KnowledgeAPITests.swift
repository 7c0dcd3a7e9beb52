import Foundation
import Hummingbird
import HummingbirdTesting
import Knowledge
import Server
import Store
import Testing

/// `/api/v1/kb/…` against the repository's dataset (Data/knowledge): answers checked against facts
/// the documents state, and the errors bad parameters get.
@Suite("Knowledge base API")
struct KnowledgeAPITests {
    /// The repository's dataset, loaded once for every test.
    static let dataset = Result { () throws(KnowledgeValidationError) -> KnowledgeBase in
        try KnowledgeLoader().load(directory: TestNode.repository.appendingPathComponent("Data/knowledge").path)
    }

    /// Runs `test` against a router serving the dataset (or none, for `knowledge: false`), with a
    /// signed-in admin's token for `get` to send.
    static func withApp(
        knowledge: Bool = true,
        _ test: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let base = knowledge ? try dataset.get() : nil
        let core = NodeCore(store: MemoryStore(), logger: ServerFixtures.logger)
        let settings = NodeSettings(dataDirectory: "/tmp", http: HostPort(host: "127.0.0.1", port: 0), webRoot: "/none")
        let signedIn = try await SignedIn.make()
        let router = Node.makeRouter(core: core, settings: settings, sharing: signedIn.sharing, knowledge: base)
        try await Application(router: router).test(.router) { client in
            try await test(SignedInClient(base: client, token: signedIn.token))
        }
    }

    /// The one place requests are built: GET `uri` with the client's token (`token: ""` sends none),
    /// returning the status and the decoded JSON body.
    static func get(
        _ client: any TestClientProtocol,
        _ uri: String,
        token: String? = nil
    ) async throws -> (HTTPResponse.Status, Any?) {
        let headers: HTTPFields =
            token.map { $0.isEmpty ? [.authorization: "Bearer"] : [.authorization: "Bearer \($0)"] } ?? [:]
        return try await client.execute(uri: uri, method: .get, headers: headers) { response in
            (response.status, try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)))
        }
    }

    /// GET `uri` expecting 200 and a JSON array of objects.
    static func list(_ client: any TestClientProtocol, _ uri: String) async throws -> [[String: Any]] {
        let (status, body) = try await get(client, uri)
        #expect(status == .ok, "\(uri)")
        return try #require(body as? [[String: Any]], "\(uri) answers a JSON array")
    }

    static func ids(_ records: [[String: Any]]) -> Set<String> { Set(records.compactMap { $0["id"] as? String }) }

    /// Every record carries at least one source with a publication and a section.
    static func expectSourced(_ records: [[String: Any]], _ what: String) {
        for record in records {
            let sources = record["sources"] as? [[String: Any]] ?? []
            #expect(!sources.isEmpty, "\(what) \(record["id"] ?? "?") has no sources")
            #expect(sources.allSatisfy { $0["publication"] is String && $0["title"] is String }, "\(what)")
        }
    }

    @Test func japanAndNATOIn2013AndIn2025() async throws {
        try await Self.withApp { client in
            let then = try await Self.list(client, "/api/v1/kb/relations?actor=JPN&with=NATO&asOf=2013-01-01")
            let now = try await Self.list(client, "/api/v1/kb/relations?actor=jpn&with=nato&asOf=2025-06-01")
            // the IPCP was signed in May 2014, the ITPP on 12 July 2023 (PERKINS2023, ROSEN2023)
            #expect(!Self.ids(then).contains("nato-jpn-ipcp"))
            #expect(!Self.ids(then).contains("nato-jpn-itpp"))
            #expect(Self.ids(now).isSuperset(of: ["nato-jpn-ipcp", "nato-jpn-itpp"]))
            // the Tokyo liaison office was blocked: it never holds
            #expect(!Self.ids(now).contains("nato-jpn-tokyo-liaison-office"))
            Self.expectSourced(now, "relation")
            for relation in now {
                #expect(Set(relation["actors"] as? [String] ?? []).isSuperset(of: ["JPN", "NATO"]))
                for key in ["id", "name", "kind", "status", "domains", "start"] {
                    #expect(relation[key] != nil, "relation field \(key)")
                }
            }
            let ever = try await Self.list(client, "/api/v1/kb/relations?actor=JPN&with=NATO")
            #expect(Self.ids(ever).contains("nato-jpn-tokyo-liaison-office"))
        }
    }

    @Test func theNetworkOfADayAndItsMeasures() async throws {
        try await Self.withApp { client in
            let network2013 = try await Self.list(client, "/api/v1/kb/relations?asOf=2013-01-01")
            let network2025 = try await Self.list(client, "/api/v1/kb/relations?asOf=2025-06-01")
            // NATO's Tashkent office: 2013 to 2017 (ISSG commentary via conflicts.yaml)
            #expect(Self.ids(network2013).contains("usa-nato-membership"))
            #expect(!Self.ids(network2025).contains("nato-uzb-tashkent-office"))
            #expect(Self.ids(network2025).contains("nato-ip4-partnership"))
            let (status, body) = try await Self.get(client, "/api/v1/kb/measures?asOf=2020-01-01")
            #expect(status == .ok)
            let measures = try #require(body as? [String: Any])
            #expect(measures["asOf"] as? String == "2020-01-01")
            let bridge = try #require(measures["bridge"] as? [String: Any])
            #expect(bridge["actor"] as? String == "JPN")
            #expect((bridge["share"] as? Double ?? 0) > 0, "Japan bridges the two groups in 2020")
            #expect(!(measures["sources"] as? [Any] ?? []).isEmpty)
            let (_, early) = try await Self.get(client, "/api/v1/kb/measures?asOf=2013-01-01")
            let earlyBridge = (early as? [String: Any])?["bridge"] as? [String: Any]
            #expect(
                earlyBridge?["share"] as? Double == 0,
                "no Euro-Atlantic/Indo-Pacific path through Japan before the IPCP"
            )
        }
    }

    @Test func anActorWithItsRelationsTimelineAndSources() async throws {
        try await Self.withApp { client in
            let (status, body) = try await Self.get(client, "/api/v1/kb/actors/GBR")
            #expect(status == .ok)
            let profile = try #require(body as? [String: Any])
            let actor = try #require(profile["actor"] as? [String: Any])
            #expect(actor["id"] as? String == "GBR")
            Self.expectSourced([actor], "actor")
            let relations = try #require(profile["relations"] as? [[String: Any]])
            #expect(Self.ids(relations).contains("jpn-gbr-raa"))
            Self.expectSourced(relations, "relation")
            let timeline = try #require(profile["timeline"] as? [[String: Any]])
            // the Japan-UK RAA was signed on 11 January 2023 (MOFA; LAC2025 ch. 1)
            #expect(
                timeline.contains {
                    $0["id"] as? String == "jpn-gbr-raa" && $0["label"] as? String == "signed"
                        && $0["date"] as? String == "2023-01-11"
                }
            )
            Self.expectSourced(timeline, "timeline entry")
            let dates = timeline.compactMap { $0["date"] as? String }
            #expect(dates == dates.sorted(), "the timeline is in date order")
            let conflicts = try #require(profile["conflicts"] as? [[String: Any]])
            #expect(conflicts.contains { $0["subject"] as? String == "jpn-gbr-raa" })

            let onlyJapan = try await Self.list(client, "/api/v1/kb/timeline?actor=GBR&with=JPN")
            #expect(!onlyJapan.isEmpty)
            #expect(onlyJapan.allSatisfy { ($0["actors"] as? [String] ?? []).contains("JPN") })
        }
    }

    @Test func actorsIndicatorsSearchAndPath() async throws {
        try await Self.withApp { client in
            let actors = try await Self.list(client, "/api/v1/kb/actors")
            #expect(Self.ids(actors).isSuperset(of: ["JPN", "NATO", "QUAD", "IP4", "AUKUS"]))
            Self.expectSourced(actors, "actor")

            let indicators = try await Self.list(client, "/api/v1/kb/indicators")
            #expect(Self.ids(indicators).contains("jpn-defence-share-gdp"))
            let (status, body) = try await Self.get(client, "/api/v1/kb/indicators/jpn-defence-share-gdp")
            #expect(status == .ok)
            let points = try #require((body as? [String: Any])?["points"] as? [[String: Any]])
            // the 1% ceiling of 1976 and the 2% target for 2027 (ROSEN2023 ¶7, PERKINS2023 key points)
            #expect(points.contains { $0["date"] as? String == "1976" && $0["value"] as? Double == 1 })
            #expect(points.contains { $0["date"] as? String == "2027" && $0["value"] as? Double == 2 })
            Self.expectSourced(points.map { $0.merging(["id": $0["date"] ?? ""]) { a, _ in a } }, "indicator point")

            let hits = try await Self.list(client, "/api/v1/kb/search?q=Tashkent")
            #expect(Self.ids(hits).contains("nato-uzb-tashkent-office"))
            Self.expectSourced(hits, "search hit")

            let path = try await Self.list(client, "/api/v1/kb/path?a=FRA&b=AUS&asOf=2025-06-01")
            #expect(path.first?["from"] as? String == "FRA")
            #expect(path.last?["to"] as? String == "AUS")
            Self.expectSourced(path.compactMap { $0["relation"] as? [String: Any] }, "path relation")
        }
    }

    @Test(arguments: [
        "/api/v1/kb/relations?actor=JPN&asOf=2025-13-01",
        "/api/v1/kb/relations?actor=JPN&asOf=yesterday",
        "/api/v1/kb/relations?with=JPN",
        "/api/v1/kb/measures?asOf=2025-02-30",
        "/api/v1/kb/path?a=JPN",
        "/api/v1/kb/timeline",
        "/api/v1/kb/search",
    ])
    func badParametersGet400(_ uri: String) async throws {
        try await Self.withApp { client in
            let (status, body) = try await Self.get(client, uri)
            #expect(status == .badRequest, "\(uri)")
            let message = ((body as? [String: Any])?["error"] as? [String: Any])?["message"] as? String
            #expect(message?.isEmpty == false, "\(uri) explains itself")
        }
    }

    @Test(arguments: [
        "/api/v1/kb/actors/XYZ", "/api/v1/kb/relations?actor=XYZ", "/api/v1/kb/relations?actor=JPN&with=XYZ",
        "/api/v1/kb/timeline?actor=XYZ", "/api/v1/kb/indicators/no-such-series", "/api/v1/kb/path?a=JPN&b=XYZ",
        "/api/v1/kb/measures?bridge=XYZ",
    ])
    func unknownNamesGet404(_ uri: String) async throws {
        try await Self.withApp { client in
            let (status, body) = try await Self.get(client, uri)
            #expect(status == .notFound, "\(uri)")
            let message = ((body as? [String: Any])?["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("XYZ") || message.contains("no-such-series"), "\(uri): \(message)")
        }
    }

    @Test func theOpenAPIDocumentListsEveryPath() async throws {
        try await Self.withApp { client in
            let (_, body) = try await Self.get(client, "/openapi.json")
            let paths = try #require((body as? [String: Any])?["paths"] as? [String: Any])
            for path in [
                "actors", "actors/{id}", "relations", "timeline", "indicators", "indicators/{id}", "path", "measures",
                "search", "conflicts",
            ] {
                #expect(paths["/api/v1/kb/" + path] != nil, "\(path)")
            }
        }
    }

    @Test func withoutATokenTheRoutesSay401() async throws {
        try await Self.withApp { client in
            let (status, _) = try await Self.get(client, "/api/v1/kb/actors", token: "")
            #expect(status == .unauthorized)
        }
    }

    @Test func withoutAKnowledgeBaseTheRoutesSay503() async throws {
        try await Self.withApp(knowledge: false) { client in
            let (status, _) = try await Self.get(client, "/api/v1/kb/actors")
            #expect(status == .serviceUnavailable)
        }
    }
}
