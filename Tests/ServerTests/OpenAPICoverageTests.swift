import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Store
import Testing

/// `/openapi.json` describes every route the node answers, with its methods, and nothing it does not.
@Suite struct OpenAPICoverageTests {
    @Test func everyRouteIsDescribedAndEveryDescribedRouteExists() async throws {
        let core = NodeCore(store: MemoryStore(), logger: ServerFixtures.logger)
        let settings = NodeSettings(
            dataDirectory: "/tmp",
            http: HostPort(host: "127.0.0.1", port: 0),
            webRoot: "/nonexistent"
        )
        let signedIn = try await SignedIn.make()
        let router = Node.makeRouter(core: core, settings: settings, sharing: signedIn.sharing)
        // "/api/v1/records/:id" → "/api/v1/records/{id}"
        let served = Set(
            router.routes.map { route in
                let path = route.path.description.split(separator: "/").map { part in
                    part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
                }
                return "\(route.method.rawValue.lowercased()) /" + path.joined(separator: "/")
            }
        )
        let app = Application(router: router)
        let described = try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response -> Set<String> in
                let document = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                )
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                return Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
            }
        }
        #expect(served.count > 40, "the router lists its routes")
        #expect(served.subtracting(described).sorted() == [], "served but not in /openapi.json")
        #expect(described.subtracting(served).sorted() == [], "in /openapi.json but not served")
    }
}
