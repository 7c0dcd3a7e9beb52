import Foundation
import KizunaTesting
import Testing

/// `kizuna serve` as an operator runs it: SIGTERM ends it promptly even while clients hold its
/// live streams open (a records page, a map, a partner's integration).
@Suite("Shutdown, as a process")
struct ShutdownProcessTests {
    @Test func sigtermEndsTheNodeWhileStreamsAreOpen() async throws {
        let kizuna = try #require(Fixtures.kizunaExecutable, "build the kizuna executable with the tests")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-shutdown-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        func cli(_ arguments: [String]) throws -> String {
            let (status, out, err) = try Fixtures.runStatus(kizuna, arguments + ["--data", data])
            #expect(status == 0, "\(arguments): \(String(decoding: err, as: UTF8.self))")
            return String(decoding: out, as: UTF8.self)
        }
        _ = try cli(["orgs", "add", "jp-mod", "--name", "Ministry", "--nation", "JPN"])
        _ = try cli(["users", "add", "watch", "--org", "jp-mod", "--role", "viewer"])
        let token = try #require(try cli(["tokens", "add", "--user", "watch"]).split(separator: "\n").last)

        let port = try Self.freePort()
        let node = Process()
        node.executableURL = kizuna
        node.arguments = [
            "serve", "--data", data, "--http", "127.0.0.1:\(port)", "--nmea-listen", "off", "--organisation", "jp-mod",
            "--coastline", "/nonexistent", "--web", data, "--log-level", "warning",
        ]
        node.standardOutput = FileHandle.nullDevice
        try node.run()
        defer { if node.isRunning { kill(node.processIdentifier, SIGKILL) } }
        var streams: [Int32] = []
        defer { for fd in streams { close(fd) } }
        for path in ["/api/v1/records/stream", "/api/v1/stream"] {
            var fd: Int32 = -1
            for _ in 0..<1200 where fd < 0 {  // up to 60 s on a busy machine
                fd = (try? RawSocket.connect(port: port)) ?? -1
                if fd < 0 { try await Task.sleep(for: .milliseconds(50)) }
            }
            try #require(fd >= 0, "the node did not listen")
            streams.append(fd)
            try RawSocket.write(fd, "GET \(path) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\n\r\n")
            #expect(await RawSocket.read(fd, until: ": connected"), "\(path) did not open")
        }

        let asked = ContinuousClock.now
        kill(node.processIdentifier, SIGTERM)
        while node.isRunning, ContinuousClock.now - asked < .seconds(20) {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!node.isRunning, "still running 20 s after SIGTERM with two streams open")
        if !node.isRunning { #expect(node.terminationStatus == 0) }
    }

    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
