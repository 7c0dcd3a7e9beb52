import Foundation
import Testing

/// The Python drivers of the browser tests (`scripts/*-browser-test.py`, Selenium over Debian's
/// headless Chromium), run against a node a test started.
enum BrowserScript {
    /// Runs `python3 scripts/NAME arguments…` from the repository and returns its exit status; the
    /// drivers print what they check and what failed.
    static func run(_ name: String, _ arguments: [String]) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestNode.repository.appendingPathComponent("scripts/\(name)").path] + arguments
        return try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Browser suites need Debian's chromium and chromium-driver and PyPI's selenium, which `make test`
    /// installs before setting KIZUNA_BROWSER_TEST=1; without it they are skipped.
    static var browser: Self {
        .enabled(if: ProcessInfo.processInfo.environment["KIZUNA_BROWSER_TEST"] == "1", "set KIZUNA_BROWSER_TEST=1")
    }
}
