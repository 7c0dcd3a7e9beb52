import AIS
import Geo
import Picture

#if canImport(Glibc)
import Glibc
#endif

/// One `kizuna analyze` run: inputs in, picture, events out, counts for the summary.
struct AnalyzeRun {
    var picture: MaritimePicture
    let from: Milliseconds?
    let to: Milliseconds?
    let start: Milliseconds?
    let writeUpdates: Bool
    /// 2: NMEA is decoded on a second thread while the picture runs on this one; 1: all on one.
    var threads = 2
    /// Messages per batch handed from the decoding thread to the picture.
    var batchMessages = 4096
    var output: Int32 = 1
    var out = JSONOutput(capacity: 1 << 20)
    var decodeStatistics = DecodeStatistics()
    var skipped: [String: Int] = [:]
    var eventsByType: [EventType: Int] = [:]
    var messages = 0
    var csvRows = 0
    var bytes = 0
    var lastIdentity: [UInt32: VesselIdentity] = [:]

    init(picture: MaritimePicture, from: Milliseconds?, to: Milliseconds?, start: Milliseconds?, writeUpdates: Bool) {
        self.picture = picture
        self.from = from
        self.to = to
        self.start = start
        self.writeUpdates = writeUpdates
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    mutating func count(_ reason: String) { skipped[reason, default: 0] += 1 }

    func inRange(_ t: Milliseconds) -> Bool {
        if let from, t < from { return false }
        if let to, t >= to { return false }
        return true
    }

    /// Analyses one input, choosing NMEA or CSV from its first line.
    mutating func analyze(_ data: UnsafeRawBufferPointer, name: String) {
        bytes += data.count
        let progress = ProgressReporter(total: data.count, enabled: isatty(2) != 0 && data.count > 32 << 20)
        defer { progress.finish() }
        var firstLine = Substring("")
        var offset = 0
        while offset < data.count {
            let end = data[offset...].firstIndex(of: 0x0A) ?? data.count
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: data[offset..<end]), as: UTF8.self)
            let t = Substring(line).drop { $0 == " " }
            if !t.isEmpty && !t.hasPrefix("\r") && !(t.hasPrefix("#") && !t.lowercased().contains("mmsi")) {
                firstLine = Substring(line)
                break
            }
            offset = end + 1
        }
        if let reader = AISCSVReader(header: firstLine) {
            analyzeCSV(data, reader: reader, progress: progress)
        } else if threads > 1 {
            analyzeNMEAOnTwoThreads(data, progress: progress)
        } else {
            analyzeNMEA(data, progress: progress)
        }
    }

    mutating func analyzeNMEA(_ data: UnsafeRawBufferPointer, progress: ProgressReporter) {
        var decoder = AISStreamDecoder()
        var clock = start
        let chunk = 4 << 20
        var position = 0
        while position < data.count {
            let end = min(data.count, position + chunk)
            decoder.feed(UnsafeRawBufferPointer(rebasing: data[position..<end])) {
                self.take($0.message, time: $0.time, clock: &clock)
            }
            position = end
            drain()
            progress.update(done: position, messages: messages)
        }
        decoder.finish { self.take($0.message, time: $0.time, clock: &clock) }
        decodeStatistics.merge(decoder.statistics)
        drain()
    }

    @inline(__always)
    mutating func take(_ message: AISMessage, time: Milliseconds?, clock: inout Milliseconds?) {
        messages += 1
        if let time { clock = time }
        guard let t = clock else { return count("no_time") }
        guard inRange(t) else { return count("outside_time_range") }
        picture.ingest(message, time: t)
    }

    mutating func analyzeCSV(_ data: UnsafeRawBufferPointer, reader: AISCSVReader, progress: ProgressReporter) {
        var offset = 0
        var header = true
        while offset < data.count {
            let end = data[offset...].firstIndex(of: 0x0A) ?? data.count
            defer { offset = end + 1 }
            if header {
                let line = String(decoding: UnsafeRawBufferPointer(rebasing: data[offset..<end]), as: UTF8.self)
                if !line.isEmpty && !line.hasPrefix("\r") { header = false }
                continue
            }
            if end == offset { continue }
            csvRows += 1
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: data[offset..<end]), as: UTF8.self)
            switch reader.read(line) {
            case .failure(let e): count("csv_" + e.reason.rawValue)
            case .success(let row):
                guard inRange(row.time) else {
                    count("outside_time_range")
                    continue
                }
                if lastIdentity[row.mmsi] != row.identity {
                    lastIdentity[row.mmsi] = row.identity
                    picture.ingest(identity: row.identity, mmsi: row.mmsi, time: row.time)
                }
                if let fix = row.fix {
                    picture.ingest(position: fix, mmsi: row.mmsi)
                } else {
                    count("csv_no_position")
                }
            }
            if csvRows % 65_536 == 0 {
                drain()
                progress.update(done: end, messages: csvRows)
            }
        }
        drain()
    }

    /// Writes the picture's updates: final events only, or every update with `--updates`.
    mutating func drain() {
        guard picture.hasUpdates else { return }
        for u in picture.takeUpdates() {
            if writeUpdates {
                let json = u.event.json
                out.bytes.append(contentsOf: "{\"action\":\"\(u.action.rawValue)\",".utf8)
                out.bytes.append(contentsOf: json.utf8.dropFirst())
                out.append(0x0A)
            } else if u.action == .ended {
                out.bytes.append(contentsOf: u.event.json.utf8)
                out.append(0x0A)
            }
            if u.action == .ended { eventsByType[u.event.type, default: 0] += 1 }
        }
        if out.bytes.count > 1 << 20 { StandardStreams.write(&out, to: output) }
    }

    mutating func finish() {
        picture.finish()
        drain()
        StandardStreams.write(&out, to: output)
    }

    func printSummary(seconds: Double) {
        let s = picture.statistics
        var lines: [String] = []
        let rate = seconds > 0 ? Double(messages + csvRows) / seconds : 0
        lines.append(
            "analyze: \(bytes) bytes, \(messages) AIS messages, \(csvRows) CSV rows in \(Self.fixed(seconds, 2)) s"
                + " (\(Int(rate)) per second)"
        )
        lines.append(
            "picture: \(picture.vessels.count) vessels, \(s.positions) positions (\(s.latePositions) late, "
                + "\(s.duplicatePositions) duplicate, \(s.ghostPositions) to a second vessel), \(s.identities) static"
        )
        let ev = EventType.allCases.map { "\($0.rawValue) \(eventsByType[$0] ?? 0)" }.joined(separator: ", ")
        lines.append("events: \(eventsByType.values.reduce(0, +)) (\(ev))")
        if decodeStatistics.rejected > 0 {
            let r = RejectionReason.allCases.compactMap { reason -> String? in
                guard let n = decodeStatistics.rejections[reason], n > 0 else { return nil }
                return "\(reason.rawValue) \(n)"
            }
            lines.append("rejected NMEA lines: \(decodeStatistics.rejected) (\(r.joined(separator: ", ")))")
        }
        if !skipped.isEmpty {
            lines.append(
                "skipped: " + skipped.keys.sorted().map { "\($0) \(skipped[$0]!)" }.joined(separator: ", ")
            )
        }
        StandardStreams.error(lines.joined(separator: "\n") + "\n")
    }

    static func fixed(_ x: Double, _ d: Int) -> String {
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let v = (x * scale).rounded() / scale
        return String(v)
    }
}
