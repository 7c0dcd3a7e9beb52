import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `kizuna replay`: send a recorded NMEA file to a node at N times its recorded pace.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Send an NMEA file to a node over TCP, paced by its tag-block times.",
        discussion: """
            Lines are sent when (their tag-block time − the first one's) / SPEED has passed since the start;
            lines without a time go with the line before them. --speed 0 sends as fast as the node takes them.
            """
    )

    @Argument(help: "The NMEA file (tag blocks with c: times).") var file: String
    @Option(help: "Pace: this many seconds of the recording per second; 0 for as fast as possible.")
    var speed: Double = 1
    @Option(help: "The node's NMEA-over-TCP address.") var to: String = "127.0.0.1:10110"
    @Option(help: "Start again from the top this many more times.") var repeats: Int = 0
    @Flag(help: "Say nothing at the end.") var quiet = false

    func validate() throws {
        guard speed >= 0 else { throw ValidationError("--speed must be 0 or more") }
    }

    func run() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: true)
        let socket = try ReplaySocket(address: to)
        defer { socket.close() }
        let start = DispatchTime.now().uptimeNanoseconds
        var sent = 0
        var firstTime: Int64?
        var offset: Int64 = 0  // recording milliseconds of earlier rounds
        var lastTime: Int64 = 0
        for _ in 0...repeats {
            var pending = Data()
            var roundFirst: Int64?
            for line in lines {
                if let time = Self.tagBlockMilliseconds(line) {
                    roundFirst = roundFirst ?? time
                    if firstTime == nil { firstTime = time }
                    let recorded = offset + time - (roundFirst ?? time)
                    lastTime = max(lastTime, recorded)
                    if speed > 0 {
                        let due = start + UInt64(Double(recorded) * 1_000_000 / speed)
                        let now = DispatchTime.now().uptimeNanoseconds
                        if due > now {
                            try socket.send(pending)
                            pending.removeAll(keepingCapacity: true)
                            usleep(UInt32(min(1_000_000, (due - now) / 1000)))
                            while DispatchTime.now().uptimeNanoseconds < due {
                                usleep(UInt32(min(1_000_000, (due - DispatchTime.now().uptimeNanoseconds) / 1000)))
                            }
                        }
                    }
                }
                pending.append(line)
                pending.append(0x0A)
                sent += 1
                if pending.count >= 64 * 1024 {
                    try socket.send(pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            try socket.send(pending)
            offset = lastTime + 1000
        }
        if !quiet {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let rate = Int(Double(sent) / max(seconds, 1e-9))
            FileHandle.standardError.write(
                Data(
                    "replay: sent \(sent) lines in \(String(format: "%.1f", seconds)) s (\(rate) lines/s) to \(to)\n"
                        .utf8
                )
            )
        }
    }

    /// The `c:` time of a line's NMEA 4.10 tag block in milliseconds (seconds are scaled), or nil.
    static func tagBlockMilliseconds(_ line: Data) -> Int64? {
        guard line.first == UInt8(ascii: "\\") else { return nil }
        let bytes = Array(line.prefix(128))
        guard let close = bytes.dropFirst().firstIndex(of: UInt8(ascii: "\\")) else { return nil }
        var i = 1
        while i < close - 1 {
            if bytes[i] == UInt8(ascii: "c"), bytes[i + 1] == UInt8(ascii: ":"),
                i == 1 || bytes[i - 1] == UInt8(ascii: ",")
            {
                var value: Int64 = 0
                var j = i + 2
                var digits = 0
                while j < close, bytes[j] >= 48, bytes[j] <= 57 {
                    value = value * 10 + Int64(bytes[j] - 48)
                    j += 1
                    digits += 1
                }
                guard digits > 0 else { return nil }
                return value >= 100_000_000_000 ? value : value * 1000
            }
            i += 1
        }
        return nil
    }
}

/// A blocking TCP connection for the replay (the node's back-pressure reaches us through it).
struct ReplaySocket {
    private let descriptor: Int32

    init(address: String) throws {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
            throw ValidationError("--to must be HOST:PORT, got '\(address)'")
        }
        let host = String(address[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var info: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host.isEmpty ? "127.0.0.1" : host, String(port), &hints, &info) == 0, let first = info else {
            throw ValidationError("cannot resolve \(host)")
        }
        defer { freeaddrinfo(info) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0, connect(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            if fd >= 0 { Glibc.close(fd) }
            throw ValidationError("cannot connect to \(address): \(String(cString: strerror(errno)))")
        }
        descriptor = fd
    }

    func send(_ data: Data) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ValidationError("send failed: \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
    }

    func close() {
        shutdown(descriptor, Int32(SHUT_WR))
        Glibc.close(descriptor)
    }
}
