import AIS
import Foundation
import Server
import Sharing
import Testing

/// The vessel panel's annotations in a real browser, driven by scripts/annotations-browser-test.py.
/// Runs with KIZUNA_BROWSER_TEST=1, which `make test` sets; KIZUNA_SCREENSHOT names a file to keep
/// the screenshot in.
@Suite("Vessel annotations in Chromium", .browser)
struct AnnotationsBrowserTests {
    @Test func anAmberAnnotationReachesThePartnerOnly() async throws {
        let node = try await TestNode.start()
        let sharing = node.signedIn.sharing
        for (user, organisation, nation) in [("partner", "partner-org", "GBR"), ("outsider", "outside-org", "USA")] {
            try await sharing.addOrganisation(
                Organisation(id: organisation, name: organisation, nation: nation),
                by: "t"
            )
            try await sharing.addUser(
                name: user,
                organisation: organisation,
                role: .analyst,
                password: SharingBrowserTests.password,
                by: "t"
            )
        }
        let ships = [(431_100_001 as UInt32, "SHADOW STAR"), (431_100_002, "KAIYO MARU")]
        try await RawSocket.send(
            ServerFixtures.feed(
                ships.flatMap { mmsi, name in
                    [
                        ServerFixtures.staticData(mmsi, name: name, shipType: 80),
                        ServerFixtures.position(mmsi, lat: 26 + Double(mmsi % 10), lon: 123, course: 90),
                    ]
                }
            ),
            port: node.nmea
        )
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-annotations-ui-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let screenshot =
            ProcessInfo.processInfo.environment["KIZUNA_SCREENSHOT"] ?? dir.appendingPathComponent("panel.png").path
        let status = try await BrowserScript.run(
            "annotations-browser-test.py",
            [
                "--url", "http://127.0.0.1:\(node.http)/", "--mmsi", "431100001", "--name", "SHADOW STAR",
                "--admin", "tester", "--admin-password", SignedIn.password, "--admin-org-name", "Test organisation",
                "--partner", "partner", "--partner-org", "partner-org", "--outsider", "outsider",
                "--password", SharingBrowserTests.password, "--screenshot", screenshot,
            ]
        )
        // what the browser wrote must be on the node as the form meant it
        let annotations = await sharing.visibleAnnotations(
            of: 431_100_001,
            to: Reader(organisation: "partner-org", nation: "GBR", groups: [])
        )
        await node.stop()
        #expect(status == 0, "the browser checks failed; see the output above and \(screenshot)")
        let annotation = try #require(annotations.first, "the partner's organisation can read no annotation")
        #expect(annotation.kind == .annotation)
        #expect(annotation.vessels == [431_100_001])
        #expect(annotation.labels.tlp == .amber)
        #expect(annotation.labels.releasableTo == ["partner-org"])
        #expect(annotation.labels.classification == "RESTRICTED")
        #expect(annotation.labels.owner == SignedIn.organisation)
        #expect(annotation.body.hasPrefix("Suspected shadow-fleet tanker"))
    }
}
