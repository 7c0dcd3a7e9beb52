import AIS
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

    @Test func baseStationReportsAreCountedNotKept() async throws {
        let node = try await TestNode.start()
        var station = BaseStationReport()
        station.latitude = 26.2
        station.longitude = 127.6
        let base = AISMessage(messageType: 4, mmsi: 4_310_001, body: .baseStationReport(station))
        try await RawSocket.send(
            ServerFixtures.feed([base, base, ServerFixtures.position(431_999_002, lat: 26.2, lon: 127.6), base]),
            port: node.nmea
        )
        let url = URL(string: "http://127.0.0.1:\(node.http)/metrics")!
        var text = ""
        for _ in 0..<600 {  // up to 30 s on a busy machine
            text = String(decoding: try await URLSession.shared.data(from: url).0, as: UTF8.self)
            if text.contains("kizuna_ingest_acknowledged_total 1\n") && text.contains(#"{type="4"} 3"#) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(text.contains("kizuna_ingest_acknowledged_total 1\n"))
        #expect(text.contains(#"kizuna_ingest_not_kept_total{type="4"} 3"#))
        let (vessels, response) = try await URLSession.shared.data(for: node.request("/api/v1/vessels"))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let listed = String(decoding: vessels, as: UTF8.self)
        #expect(listed.contains("431999002") && !listed.contains("4310001"))
        await node.stop()
    }
}
