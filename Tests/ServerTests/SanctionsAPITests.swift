import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Sanctions
import Server
import Store
import Testing

/// The sanctions planner's API (`/api/v1/sanctions/…`) against the `Sanctions` library on the
/// shipped WIOD 2011 table.
@Suite("Sanctions API")
struct SanctionsAPITests {
    static let tableDirectory = TestNode.repository.appendingPathComponent("Data/trade").path
    /// One loader for the whole suite, so that the table is read once.
    static let tables = TradeTableLoader(directory: tableDirectory, logger: ServerFixtures.logger)
    /// The library's view of the same table, for the expected answers.
    static let model: InputOutputModel = {
        try! InputOutputModel(table: InputOutputTable.load(directory: tableDirectory))
    }()

    /// The planner's routes behind the node's sign-in, answering from the shared loader.
    static func withApp(
        tables: TradeTableLoader = tables,
        _ test: @Sendable (any TestClientProtocol, SignedIn) async throws -> Void
    ) async throws {
        let signedIn = try await SignedIn.make()
        let router = Router(context: NodeRequestContext.self)
        router.add(middleware: SharingAuthenticator(sharing: signedIn.sharing))
        SanctionsRoutes.add(to: router, tables: tables)
        try await Application(router: router).test(.router) { client in try await test(client, signedIn) }
    }

    /// Every request of this suite goes through here, signed in with `signedIn`'s token unless nil.
    static func send(
        _ client: any TestClientProtocol,
        _ path: String,
        as signedIn: SignedIn?,
        body: String? = nil,
        check: @escaping @Sendable (TestResponse) async throws -> Void
    ) async throws {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let signedIn { headers[.authorization] = signedIn.header }
        try await client.execute(
            uri: path,
            method: body == nil ? .get : .post,
            headers: headers,
            body: body.map { ByteBuffer(string: $0) },
            testCallback: check
        )
    }

    static func libraryAssessment(_ coalition: String, target: String = "CHN") throws -> ScenarioAssessment {
        let scenario = SanctionScenario(
            coalition: try Coalition(coalition, regions: model.table.regions),
            target: target,
            direction: .both
        )
        return try ScenarioSolver(model: model).assess(scenario)
    }

    static func errorMessage(_ response: TestResponse) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        return try #require((object?["error"] as? [String: Any])?["message"] as? String)
    }

    @Test("the description lists the table's countries, industries, aliases and the year, behind sign-in")
    func describe() async throws {
        let core = NodeCore(store: MemoryStore(), logger: ServerFixtures.logger)
        let settings = NodeSettings(
            dataDirectory: "/tmp",
            http: HostPort(host: "127.0.0.1", port: 0),
            webRoot: "/nonexistent",
            tradeTable: Self.tableDirectory
        )
        let signedIn = try await SignedIn.make()
        let app = Application(router: Node.makeRouter(core: core, settings: settings, sharing: signedIn.sharing))
        // The codes as the data files list them, read here without the library.
        let countries = try String(contentsOfFile: Self.tableDirectory + "/wiod2013_countries.csv", encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        let industries = try String(contentsOfFile: Self.tableDirectory + "/wiod2013_industries.csv", encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        try await app.test(.router) { client in
            try await Self.send(client, "/api/v1/sanctions", as: nil) { response in
                #expect(response.status == .unauthorized)
            }
            try await Self.send(client, "/api/v1/sanctions", as: signedIn) { response in
                #expect(response.status == .ok)
                let object = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                )
                #expect(object["dataYear"] as? Int == 2011)
                #expect((object["note"] as? String)?.contains("not today's") == true)
                let listed = try #require(object["countries"] as? [[String: Any]])
                #expect(listed.compactMap { $0["code"] as? String } == countries)
                #expect(listed.first { $0["code"] as? String == "JPN" }?["name"] as? String == "Japan")
                let sectors = try #require(object["industries"] as? [[String: Any]])
                #expect(sectors.compactMap { $0["code"] as? String } == industries)
                #expect(
                    sectors.first { $0["code"] as? String == "c14" }?["name"] as? String
                        == "Electrical and Optical Equipment"
                )
                let aliases = try #require(object["aliases"] as? [[String: Any]])
                let eu = try #require(aliases.first { $0["alias"] as? String == "EU" })
                #expect((eu["members"] as? [String])?.count == 26)
                #expect((eu["members"] as? [String])?.contains("ROM") == true)
                #expect(eu["absent"] as? [String] == ["HRV"])
                let ip4 = try #require(aliases.first { $0["alias"] as? String == "IP4" })
                #expect(ip4["members"] as? [String] == ["AUS", "JPN", "KOR"])
                let methods = (object["methods"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                #expect(methods == ["baseline", "resourcing", "supply"])
            }
        }
    }

    @Test("an assessment through the API is the library's, byte for byte as the CLI prints it")
    func assessMatchesLibrary() async throws {
        let expected = try Self.libraryAssessment("JPN,EU")
        let expectedJSON = try SanctionsJSON.encode(expected)
        try await Self.withApp { client, signedIn in
            let body = #"{"coalition": ["JPN", "EU"], "target": "chn", "direction": "both", "method": "baseline"}"#
            try await Self.send(client, "/api/v1/sanctions/assess", as: signedIn, body: body) { response in
                #expect(response.status == .ok)
                let answer = Data(response.body.readableBytesView)
                #expect(answer == expectedJSON)
                let decoded = try JSONDecoder().decode(ScenarioAssessment.self, from: answer)
                let china = try #require(decoded.countries.first { $0.country == "CHN" })
                #expect(china.role == .target)
                #expect(china.valueAddedChangePercent < 0)
                #expect(decoded.scenario.coalition.members.count == 27)
            }
        }
    }

    @Test("compare answers one library assessment per coalition, in order")
    func compareMatchesLibrary() async throws {
        let coalitions = ["JPN", "JPN,EU", "G7,EU"]
        let expected = try coalitions.map { try Self.libraryAssessment($0) }
        try await Self.withApp { client, signedIn in
            let body = #"{"coalitions": ["JPN", "JPN,EU", ["G7", "EU"]], "target": "CHN"}"#
            try await Self.send(client, "/api/v1/sanctions/compare", as: signedIn, body: body) { response in
                #expect(response.status == .ok)
                let decoded = try JSONDecoder().decode(
                    SanctionsJSON.Comparison.self,
                    from: Data(response.body.readableBytesView)
                )
                #expect(decoded.scenarios.count == 3)
                for (got, want) in zip(decoded.scenarios, expected) {
                    #expect(got.scenario.coalition.members == want.scenario.coalition.members)
                    #expect(
                        got.countries.map(\.valueAddedChangePercent) == want.countries.map(\.valueAddedChangePercent)
                    )
                    #expect(got.leverage == want.leverage)
                }
            }
        }
    }

    /// A bad request, the endpoint, and words its 400 message must contain.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var path = "/api/v1/sanctions/assess"
        var body: String
        var mentions: [String]
        var testDescription: String { body }
    }

    static let badInputs: [BadInput] = [
        .init(body: #"{"coalition": "JPN,XYZ", "target": "CHN"}"#, mentions: ["coalition", "XYZ"]),
        .init(body: #"{"coalition": "", "target": "CHN"}"#, mentions: ["coalition", "no member"]),
        .init(body: #"{"coalition": [], "target": "CHN"}"#, mentions: ["coalition"]),
        .init(body: #"{"target": "CHN"}"#, mentions: ["coalition", "required"]),
        .init(body: #"{"coalition": "JPN", "target": "ATL"}"#, mentions: ["target", "ATL"]),
        .init(body: #"{"coalition": "JPN"}"#, mentions: ["target", "required"]),
        .init(body: #"{"coalition": "JPN,EU", "target": "DEU"}"#, mentions: ["target", "DEU", "coalition"]),
        .init(
            body: #"{"coalition": "JPN", "target": "CHN", "sectors": ["c14", "c99"]}"#,
            mentions: ["sectors", "c99"]
        ),
        .init(body: #"{"coalition": "JPN", "target": "CHN", "sectors": []}"#, mentions: ["sectors"]),
        .init(body: #"{"coalition": "JPN", "target": "CHN", "method": "magic"}"#, mentions: ["method", "magic"]),
        .init(body: #"{"coalition": "JPN", "target": "CHN", "direction": "up"}"#, mentions: ["direction", "up"]),
        .init(body: #"{"coalition": "JPN", "target": "CHN", "retaliation": "yes"}"#, mentions: ["retaliation"]),
        .init(body: #"{"coalition": 7, "target": "CHN"}"#, mentions: ["coalition"]),
        .init(body: "not json", mentions: ["JSON"]),
        .init(body: "[1, 2]", mentions: ["JSON object"]),
        .init(
            path: "/api/v1/sanctions/compare",
            body: #"{"coalitions": [], "target": "CHN"}"#,
            mentions: ["coalitions"]
        ),
        .init(
            path: "/api/v1/sanctions/compare",
            body: #"{"coalitions": ["JPN", "XYZ"], "target": "CHN"}"#,
            mentions: ["coalitions", "coalition 2", "XYZ"]
        ),
        .init(
            path: "/api/v1/sanctions/compare",
            body: #"{"coalitions": ["JPN", "FRA", "DEU", "ITA", "GBR", "USA", "CAN", "KOR", "AUS"], "target": "CHN"}"#,
            mentions: ["coalitions", "1 to 8"]
        ),
        .init(
            path: "/api/v1/sanctions/compare",
            body: #"{"coalitions": "JPN", "target": "CHN"}"#,
            mentions: ["coalitions"]
        ),
    ]

    @Test("bad input is refused with a 400 naming the field", arguments: badInputs)
    func badInput(_ bad: BadInput) async throws {
        try await Self.withApp { client, signedIn in
            try await Self.send(client, bad.path, as: signedIn, body: bad.body) { response in
                #expect(response.status == .badRequest)
                let message = try Self.errorMessage(response)
                for word in bad.mentions { #expect(message.contains(word), "\(message)") }
            }
        }
    }

    @Test("an oversized body is refused with 413 and the limit")
    func oversized() async throws {
        let padding = String(repeating: " ", count: SanctionsRoutes.maximumBody + 1)
        try await Self.withApp { client, signedIn in
            let body = #"{"coalition": "JPN", "target": "CHN"\#(padding)}"#
            try await Self.send(client, "/api/v1/sanctions/assess", as: signedIn, body: body) { response in
                #expect(response.status == .contentTooLarge)
                let message = try Self.errorMessage(response)
                #expect(message.contains("\(SanctionsRoutes.maximumBody) bytes"), "\(message)")
            }
        }
    }

    @Test("without a usable table the planner answers 503 saying why")
    func noTable() async throws {
        let missing = TradeTableLoader(directory: "/nonexistent/trade", logger: ServerFixtures.logger)
        try await Self.withApp(tables: missing) { client, signedIn in
            try await Self.send(client, "/api/v1/sanctions", as: signedIn) { response in
                #expect(response.status == .serviceUnavailable)
                let message = try Self.errorMessage(response)
                #expect(message.contains("/nonexistent/trade"), "\(message)")
            }
        }
        try await Self.withApp(tables: TradeTableLoader(directory: nil, logger: ServerFixtures.logger)) {
            client,
            signedIn in
            try await Self.send(
                client,
                "/api/v1/sanctions/assess",
                as: signedIn,
                body: #"{"coalition":"JPN","target":"CHN"}"#
            ) {
                response in
                #expect(response.status == .serviceUnavailable)
                let message = try Self.errorMessage(response)
                #expect(message.contains("--trade-table"), "\(message)")
            }
        }
    }
}
