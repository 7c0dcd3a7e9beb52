import AIS
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// `kizuna decode`: NMEA AIVDM/AIVDO in, one JSON object per message out.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode AIS sentences (NMEA 0183 AIVDM/AIVDO, with or without tag blocks).",
        discussion: """
            Prints one JSON object per decoded message on standard output. Lines that cannot be \
            decoded are counted by reason; --stats prints the counts on standard error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, gpsd, none
    }

    @Argument(help: "The file to read, or - for standard input.")
    var file = "-"

    @Option(help: "Output: json (Kizuna's form), gpsd (gpsdecode -s -j's form) or none (decode only).")
    var format = Format.json

    @Flag(help: "Exit with status 1 when any line was rejected.")
    var strict = false

    @Flag(help: "Print counts by message type and by rejection reason on standard error.")
    var stats = false

    @Option(help: "Decoding threads for a file (1 or 2); standard input is always read by one.")
    var threads = 2

    func run() throws {
        let input: Int32
        if file == "-" {
            input = 0
        } else {
            input = open(file, O_RDONLY)
            guard input >= 0 else { throw ValidationError("cannot open \(file): \(String(cString: strerror(errno)))") }
        }
        defer { if input != 0 { close(input) } }
        var size = 0
        var status = stat()
        if fstat(input, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG { size = Int(status.st_size) }
        let progress = ProgressReporter(total: size, enabled: isatty(2) != 0 && size > 32 << 20)
        let sinkFormat: MessageSink.Format =
            switch format {
            case .none: .none
            case .json: .json
            case .gpsd: .gpsd
            }

        let statistics: DecodeStatistics
        if size > 0, let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, input, 0), mapped != MAP_FAILED {
            defer { munmap(mapped, size) }
            madvise(mapped, size, MADV_SEQUENTIAL)
            let bytes = UnsafeRawBufferPointer(start: mapped, count: size)
            let parallel = ParallelDecoding(segmentSize: threads > 1 ? 8 << 20 : Int.max, format: sinkFormat)
            (statistics, _) = parallel.decode(
                bytes,
                progress: { progress.update(done: $0, messages: $1) },
                write: { StandardStreams.write(&$0) }
            )
        } else {
            statistics = try decodeStream(input, format: sinkFormat, progress: progress)
        }
        progress.finish()
        if stats { StatisticsReport(statistics).print() }
        if strict && statistics.rejected > 0 { throw ExitCode(1) }
    }

    /// Reads a pipe or terminal with one decoder, in 4 MiB reads.
    func decodeStream(_ input: Int32, format: MessageSink.Format, progress: ProgressReporter) throws -> DecodeStatistics
    {
        var decoder = AISStreamDecoder()
        var sink = MessageSink(format: format)
        let chunkSize = 4 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var done = 0
        while true {
            let n = read(input, buffer.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw ValidationError("cannot read \(file): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            decoder.feed(UnsafeRawBufferPointer(rebasing: buffer[..<n])) {
                sink.take($0)
                if sink.out.bytes.count >= 1 << 20 { StandardStreams.write(&sink.out) }
            }
            done += n
            progress.update(done: done, messages: sink.count)
        }
        decoder.finish { sink.take($0) }
        StandardStreams.write(&sink.out)
        return decoder.statistics
    }
}

/// Writes to the standard streams with plain `write(2)`, retrying short writes.
enum StandardStreams {
    static func write(_ out: inout JSONOutput, to fd: Int32 = 1) {
        out.bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe: nothing more to do
                }
                offset += n
            }
        }
        out.removeAll()
    }

    static func error(_ text: String) {
        var out = JSONOutput(capacity: text.utf8.count)
        out.bytes.append(contentsOf: text.utf8)
        write(&out, to: 2)
    }
}

/// Shows how far a long decode has got, on standard error, when that is a terminal.
struct ProgressReporter {
    let total: Int
    let enabled: Bool

    func update(done: Int, messages: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        StandardStreams.error("\r\(percent)%  \(messages) messages")
    }

    func finish() {
        if enabled { StandardStreams.error("\r\u{1B}[K") }
    }
}

/// The `--stats` summary: lines, messages by type, rejections by reason.
struct StatisticsReport {
    let statistics: DecodeStatistics

    init(_ statistics: DecodeStatistics) {
        self.statistics = statistics
    }

    var text: String {
        var lines = [
            "lines: \(statistics.lines) (\(statistics.ignoredLines) blank or comment)",
            "messages: \(statistics.messages)",
        ]
        for (type, count) in statistics.messagesByType.enumerated() where count > 0 {
            lines.append("  type \(type): \(count)")
        }
        lines.append("rejected: \(statistics.rejected)")
        for reason in RejectionReason.allCases {
            if let count = statistics.rejections[reason], count > 0 {
                lines.append("  \(reason.rawValue): \(count)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func print() {
        StandardStreams.error(text)
    }
}
