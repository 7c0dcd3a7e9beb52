import Foundation
import Testing

/// The sanctions planner page in a real browser (Debian's chromium and chromium-driver, Selenium
/// from PyPI, Chart.js from libjs-chart.js), driven by scripts/sanctions-browser-test.py.
/// KIZUNA_SCREENSHOT_DIR keeps the screenshots.
@Suite("Sanctions planner in Chromium", .browser)
struct SanctionsBrowserTests {
    @Test func assessDrawsBarsAndTheCompareViewShowsEveryCoalition() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-sanctions-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let shots = ProcessInfo.processInfo.environment["KIZUNA_SCREENSHOT_DIR"].map { URL(fileURLWithPath: $0) } ?? dir

        let node = try await TestNode.start()
        let status = try await BrowserScript.run(
            "sanctions-browser-test.py",
            [
                "--url", "http://127.0.0.1:\(node.http)/",
                "--screenshot", shots.appendingPathComponent("sanctions-assess.png").path,
                "--compare-screenshot", shots.appendingPathComponent("sanctions-compare.png").path,
                "--user", "tester", "--password", SignedIn.password, "--token", node.signedIn.token,
            ]
        )
        await node.stop()
        #expect(status == 0, "the planner's browser checks failed; see the output above and \(shots.path)")
    }
}
