import Foundation
import KizunaTesting
import Testing

/// `kizuna analyze` decoding on a second thread gives exactly what it gives on one.
@Suite("kizuna analyze threads")
struct AnalyzeThreadsTests {
    /// Runs `kizuna` with `arguments`; returns standard output, failing the test on a non-zero exit.
    static func kizuna(_ arguments: [String]) throws -> Data {
        let kizuna = try #require(Fixtures.kizunaExecutable, "kizuna is built beside the tests")
        let (status, output, errors) = try Fixtures.runStatus(kizuna, arguments)
        #expect(status == 0, "\(arguments): \(String(decoding: errors, as: UTF8.self))")
        return output
    }

    @Test("a simulated feed gives the same updates, byte for byte, on one thread and on two")
    func sameOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kizuna-analyze-threads-\(getpid())"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let feed = directory.appendingPathComponent("feed.nmea").path
        _ = try Self.kizuna([
            "simulate", "--scenario", "east-china-sea", "--hours", "6", "--seed", "3", "--out", feed,
        ])
        let data = Fixtures.packageRoot.appendingPathComponent("Data")
        let common = [
            "analyze", feed, "--updates",
            "--zones", data.appendingPathComponent("zones/default-zones.geojson").path,
            "--coastline", data.appendingPathComponent("coastline/east-asia-gshhg-high.geojson").path,
        ]
        let one = try Self.kizuna(common + ["--threads", "1"])
        // Small, odd batches: thousands of hand-offs, with the queue full most of the time.
        let small = try Self.kizuna(common + ["--threads", "2", "--batch-messages", "7"])
        let large = try Self.kizuna(common + ["--threads", "2"])
        let lines = one.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count > 50, "the feed should give a fair number of updates")
        #expect(String(decoding: one, as: UTF8.self).contains("\"type\":\"zone_entry\""))
        #expect(small == one)
        #expect(large == one)
    }

    @Test("--threads takes 1 or 2")
    func threadsValidated() throws {
        let kizuna = try #require(Fixtures.kizunaExecutable)
        let (status, _, errors) = try Fixtures.runStatus(kizuna, ["analyze", "/dev/null", "--threads", "3"])
        #expect(status != 0)
        #expect(String(decoding: errors, as: UTF8.self).contains("--threads"))
    }
}
