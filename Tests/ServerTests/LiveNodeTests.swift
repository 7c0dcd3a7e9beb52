import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("A running node, from the outside")
struct LiveNodeTests {
    @Test func aTCPFeedReachesTheLiveStreamAndTheAPI() async throws {
        let node = try await TestNode.start()
        let stream = try await RawSocket.offPool { try RawSocket.connect(port: node.http) }
        defer { close(stream) }
        try RawSocket.write(
            stream,
            "GET /api/v1/stream HTTP/1.1\r\nHost: localhost\r\nAuthorization: \(node.signedIn.header)\r\n\r\n"
        )
        #expect(await RawSocket.read(stream, until: ": connected"))
        try await RawSocket.send(
            ServerFixtures.feed([
                ServerFixtures.staticData(431_999_001, name: "TEST MARU", shipType: 70),
                ServerFixtures.position(431_999_001, lat: 26.2, lon: 127.6),
            ]),
            port: node.nmea
        )
        #expect(await RawSocket.read(stream, until: "431999001"))
        let (data, _) = try await URLSession.shared.data(for: node.request("/api/v1/vessels/431999001"))
        #expect(String(decoding: data, as: UTF8.self).contains("TEST MARU"))
        let page = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(node.http)/")!).0
        #expect(String(decoding: page, as: UTF8.self).contains("<title>Kizuna"))
        let leaflet = URL(string: "http://127.0.0.1:\(node.http)/javascript/leaflet/leaflet.esm.js")!
        if FileManager.default.fileExists(atPath: "/usr/share/javascript/leaflet/leaflet.esm.js") {
            let (_, response) = try await URLSession.shared.data(from: leaflet)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
        }
        await node.stop()
    }
}
