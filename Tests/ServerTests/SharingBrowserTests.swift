import Foundation
import Server
import Sharing
import Testing

/// The records and admin pages in a real browser (Debian's chromium and chromium-driver, Selenium
/// from PyPI), driven by scripts/sharing-browser-test.py. Runs with KIZUNA_BROWSER_TEST=1, which
/// `make test` sets; KIZUNA_SCREENSHOT and KIZUNA_ADMIN_SCREENSHOT name files to keep the screenshots in.
@Suite("Sharing UI in Chromium", .browser)
struct SharingBrowserTests {
    /// The password of the partner and the outsider.
    static let password = "partner password 456"

    @Test func amberRecordReachesThePartnerOnlyAndAdminsManageUsers() async throws {
        let node = try await TestNode.start()
        let sharing = node.signedIn.sharing
        try await sharing.addOrganisation(
            Organisation(id: "partner-org", name: "Partner ministry", nation: "GBR"),
            by: "test"
        )
        try await sharing.addOrganisation(
            Organisation(id: "outside-org", name: "Outside agency", nation: "USA"),
            by: "test"
        )
        try await sharing.addUser(
            name: "partner",
            organisation: "partner-org",
            role: .analyst,
            password: Self.password,
            by: "test"
        )
        try await sharing.addUser(
            name: "outsider",
            organisation: "outside-org",
            role: .analyst,
            password: Self.password,
            by: "test"
        )

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-sharing-ui-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let environment = ProcessInfo.processInfo.environment
        let screenshot = environment["KIZUNA_SCREENSHOT"] ?? dir.appendingPathComponent("records.png").path
        let adminScreenshot =
            environment["KIZUNA_ADMIN_SCREENSHOT"] ?? dir.appendingPathComponent("admin.png").path
        let status = try await BrowserScript.run(
            "sharing-browser-test.py",
            [
                "--url", "http://127.0.0.1:\(node.http)/",
                "--admin", "tester", "--admin-password", SignedIn.password,
                "--partner", "partner", "--partner-org", "partner-org", "--partner-nation", "GBR",
                "--outsider", "outsider", "--outsider-org", "outside-org",
                "--password", Self.password,
                "--screenshot", screenshot, "--admin-screenshot", adminScreenshot,
            ]
        )

        // what the browser wrote must be on the node as the form meant it
        let records = await sharing.visibleRecords(
            to: Reader(organisation: "partner-org", nation: "GBR", groups: []),
            RecordQuery()
        )
        let outsiderSees = await sharing.visibleRecords(
            to: Reader(organisation: "outside-org", nation: "USA", groups: []),
            RecordQuery()
        )
        await node.stop()
        #expect(status == 0, "the browser checks failed; see the output above and \(screenshot)")
        // the form's record; the driver also writes one record of each other TLP through the API
        let record = try #require(
            records.first { $0.labels.tlp == .amber },
            "the partner's organisation can read no TLP:AMBER record"
        )
        #expect(record.labels.tlp == .amber)
        #expect(record.labels.releasableTo == ["partner-org"])
        #expect(record.labels.owner == SignedIn.organisation)
        #expect(record.labels.classification == "RESTRICTED")
        #expect(record.version == 2)
        #expect(record.vessels == [431_100_001, 431_100_002])
        #expect(outsiderSees.map(\.labels.tlp) == [.clear])
    }
}
