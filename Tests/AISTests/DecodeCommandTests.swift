import AIS
import Foundation
import KizunaTesting
import Testing

/// `kizuna decode` as a user runs it: exit status, `--strict`, `--stats`, and the same output from a
/// file (two threads) as from standard input (one decoder).
@Suite("kizuna decode")
struct DecodeCommandTests {
    static func corruptedFile() throws -> URL {
        let capture = String(decoding: try Data(contentsOf: Fixtures.aisHubCapture), as: UTF8.self)
        var lines = capture.split(separator: "\n").prefix(20_000).map(String.init)
        for i in stride(from: 5, to: lines.count, by: 10) {
            lines[i] = String(lines[i].dropLast())  // truncated checksum
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-corrupt-\(getpid()).nmea")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("bad lines give exit 0 and counts on stderr; --strict gives exit 1")
    func exitStatus() throws {
        let kizuna = try #require(Fixtures.kizunaExecutable, "kizuna is built beside the tests")
        let file = try Self.corruptedFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output, errors) = try Fixtures.runStatus(kizuna, ["decode", file.path, "--stats"])
        #expect(status == 0)
        let stats = String(decoding: errors, as: UTF8.self)
        #expect(stats.contains("truncated: 2000"), "\(stats)")
        let lines = output.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count > 17_000)
        let (strict, _, _) = try Fixtures.runStatus(kizuna, ["decode", file.path, "--strict", "--format", "none"])
        #expect(strict == 1)
    }

    @Test("a file read on two threads prints exactly what one decoder prints", arguments: ["json", "gpsd"])
    func threads(format: String) throws {
        let kizuna = try #require(Fixtures.kizunaExecutable)
        let path = Fixtures.aisHubCapture.path
        let (_, two, _) = try Fixtures.runStatus(kizuna, ["decode", path, "--format", format])
        let (_, one, _) = try Fixtures.runStatus(kizuna, ["decode", path, "--format", format, "--threads", "1"])
        #expect(two == one)
        #expect(two.count > 10_000_000)
    }
}
