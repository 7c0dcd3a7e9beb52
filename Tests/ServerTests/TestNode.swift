import Foundation
import Logging
import Server

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A whole node (feeds, writer, HTTP, web UI) on ports the system picks, for tests that talk to it
/// as clients do.
struct TestNode {
    let http: Int
    let nmea: Int
    let task: Task<Void, any Error>
    /// The node's data folder, removed by ``stop()``.
    let dataDirectory: String
    /// An admin of the node's organisation (user `tester`, password ``SignedIn/password``).
    var signedIn: SignedIn! = nil

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func start(
        database: String = "memory:",
        zoneFiles: [String] = [],
        signedIn given: SignedIn? = nil,
        checkpointInterval: Duration = .seconds(60)
    ) async throws -> TestNode {
        let (ports, continuation) = AsyncStream.makeStream(of: (Int, Int).self)
        let basemap = repository.appendingPathComponent("Data/coastline").path
        let signedIn: SignedIn
        if let given { signedIn = given } else { signedIn = try await SignedIn.make(password: true) }
        let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-node-\(UUID())").path
        var settings = NodeSettings(
            dataDirectory: dataDirectory,
            http: HostPort(host: "127.0.0.1", port: 0),
            nmeaListen: HostPort(host: "127.0.0.1", port: 0),
            database: database,
            webRoot: repository.appendingPathComponent("Web").path,
            basemapRoot: FileManager.default.fileExists(atPath: basemap) ? basemap : nil,
            zoneFiles: zoneFiles,
            knowledgeDirectory: repository.appendingPathComponent("Data/knowledge").path,
            tradeTable: repository.appendingPathComponent("Data/trade").path
        )
        settings.organisation = signedIn.sharing.organisation
        settings.sharing = signedIn.sharing
        settings.checkpointInterval = checkpointInterval
        var logger = Logger(label: "test-node")
        logger.logLevel = .warning
        let task = Task {
            try await Node.run(settings, logger: logger, handleSignals: false) { http, nmea in
                continuation.yield((http, nmea ?? 0))
                continuation.finish()
            }
        }
        for await (http, nmea) in ports {
            return TestNode(http: http, nmea: nmea, task: task, dataDirectory: dataDirectory, signedIn: signedIn)
        }
        task.cancel()
        _ = try await task.value
        throw CancellationError()
    }

    /// A request to the node carrying the admin's token.
    func request(_ path: String) -> URLRequest {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(http)\(path)")!)
        request.setValue(signedIn.header, forHTTPHeaderField: "Authorization")
        return request
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }
}

/// Blocking socket helpers, run off the concurrency pool.
enum RawSocket {
    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    static func send(_ text: String, port: Int) async throws {
        try await offPool {
            let fd = try connect(port: port)
            defer { close(fd) }
            try write(fd, text)
        }
    }

    static func write(_ fd: Int32, _ text: String) throws {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes {
                Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard n > 0 else { throw POSIXError(.EPIPE) }
            offset += n
        }
    }

    /// Reads from `fd` until the text read so far contains `needle` (true) or the read times out (false).
    static func read(_ fd: Int32, until needle: String) async -> Bool {
        await offPool {
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
                if n <= 0 { return false }
                received += buffer[0..<n]
                if String(decoding: received, as: UTF8.self).contains(needle) { return true }
            }
        }
    }

    /// Reads the sockets side by side, each until it has shown its needle (up to `quiet` seconds of
    /// silence) or, with no needle, until a quiet `settle` seconds; returns what each read. A test that
    /// writes a stream in parts and drains it after each part keeps every client far below its buffer
    /// (256 updates), however slowly the machine schedules the node's writers.
    static func drain(
        _ sockets: [Int32],
        until needles: [String?],
        quiet: Double = 30,
        settle: Double = 0.5
    ) async -> [String] {
        await withTaskGroup(of: (Int, String).self) { group in
            for (i, socket) in sockets.enumerated() {
                group.addTask {
                    (i, await collect(socket, until: needles[i] ?? "\u{0}", quiet: needles[i] == nil ? settle : quiet))
                }
            }
            var texts = Array(repeating: "", count: sockets.count)
            for await (i, text) in group { texts[i] = text }
            return texts
        }
    }

    /// Everything received until `needle` arrives, or until nothing has come for `quiet` seconds.
    static func collect(_ fd: Int32, until needle: String, quiet: Double) async -> String {
        await offPool {
            var timeout = timeval(tv_sec: Int(quiet), tv_usec: Int((quiet - quiet.rounded(.down)) * 1_000_000))
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
                if n <= 0 { break }
                received += buffer[0..<n]
                if received.count >= needle.utf8.count,
                    String(decoding: received.suffix(needle.utf8.count + 65536), as: UTF8.self).contains(needle)
                {
                    break
                }
            }
            return String(decoding: received, as: UTF8.self)
        }
    }

    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in Thread { continuation.resume(returning: work()) }.start() }
    }
}
