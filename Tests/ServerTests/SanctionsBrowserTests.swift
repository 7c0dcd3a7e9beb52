import Foundation
import Testing

/// The sanctions planner page in a real browser (Debian's chromium and chromium-driver, Selenium
/// from PyPI, Chart.js from libjs-chart.js). `make test` sets KIZUNA_BROWSER_TEST=1 after
/// installing them; without it the suite is skipped. KIZUNA_SCREENSHOT_DIR keeps the screenshots.
@Suite(
    "Sanctions planner in Chromium",
    .enabled(if: ProcessInfo.processInfo.environment["KIZUNA_BROWSER_TEST"] == "1", "set KIZUNA_BROWSER_TEST=1")
)
struct SanctionsBrowserTests {
    @Test func assessDrawsBarsAndTheCompareViewShowsEveryCoalition() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-sanctions-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let shots = ProcessInfo.processInfo.environment["KIZUNA_SCREENSHOT_DIR"].map { URL(fileURLWithPath: $0) } ?? dir

        let node = try await TestNode.start()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TestNode.repository.appendingPathComponent("scripts/sanctions-browser-test.py").path,
            "--url", "http://127.0.0.1:\(node.http)/",
            "--screenshot", shots.appendingPathComponent("sanctions-assess.png").path,
            "--compare-screenshot", shots.appendingPathComponent("sanctions-compare.png").path,
            "--user", "tester", "--password", SignedIn.password, "--token", node.signedIn.token,
        ]
        let status = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        await node.stop()
        #expect(status == 0, "the planner's browser checks failed; see the output above and \(shots.path)")
    }
}
