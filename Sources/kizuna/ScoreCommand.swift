import ArgumentParser
import Foundation
import Simulation

/// `kizuna score`: precision and recall of detected events against a simulation's truth.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score detected events against ground truth: precision and recall per event type.",
        discussion: """
            A found event matches a true one of the same type and the same set of vessels when their \
            times overlap (each widened by --tolerance seconds); each true event matches at most once. \
            Several --truth/--events pairs are scored together.
            """
    )

    @Option(help: "Truth file(s) from kizuna simulate (NDJSON events).")
    var truth: [String]

    @Option(help: "Event file(s) from kizuna analyze (NDJSON events), in the same order as --truth.")
    var events: [String]

    @Option(help: "Output: table or json.")
    var format: OutputFormat = .table

    @Option(help: "Seconds by which both spans are widened before testing overlap.")
    var tolerance: Double = EventScoring.defaultTolerance

    enum OutputFormat: String, ExpressibleByArgument {
        case table
        case json
    }

    func validate() throws {
        guard truth.count == events.count else { throw ValidationError("give as many --events files as --truth files") }
    }

    func run() throws {
        var total: [String: EventScoring.Counts] = [:]
        for (t, e) in zip(truth, events) {
            let counts = EventScoring.score(
                truth: try EventFile.read(t),
                found: try EventFile.read(e),
                tolerance: tolerance
            )
            for (type, c) in counts { total[type, default: .init()] = total[type, default: .init()] + c }
        }
        let types = total.keys.sorted { order($0) < order($1) }
        let all = total.values.reduce(EventScoring.Counts(), +)
        switch format {
        case .json:
            var parts = types.map { "\"\($0)\":" + json(total[$0]!) }
            parts.append("\"all\":" + json(all))
            print("{" + parts.joined(separator: ",") + "}")
        case .table:
            print("type          truth  found  matched  precision  recall")
            for type in types { print(row(type, total[type]!)) }
            print(row("all", all))
        }
    }

    private func order(_ type: String) -> (Int, String) {
        (EventType(rawValue: type).flatMap { EventType.allCases.firstIndex(of: $0) } ?? 99, type)
    }

    private func json(_ c: EventScoring.Counts) -> String {
        "{\"truth\":\(c.truePositives + c.falseNegatives),\"found\":\(c.truePositives + c.falsePositives),"
            + "\"matched\":\(c.truePositives),\"precision\":\(String(format: "%.4f", c.precision)),"
            + "\"recall\":\(String(format: "%.4f", c.recall))}"
    }

    private func row(_ type: String, _ c: EventScoring.Counts) -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func left(_ s: String, _ n: Int) -> String {
            s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
        }
        return pad(type, 12) + left(String(c.truePositives + c.falseNegatives), 7)
            + left(String(c.truePositives + c.falsePositives), 7) + left(String(c.truePositives), 9)
            + left(String(format: "%.3f", c.precision), 11) + left(String(format: "%.3f", c.recall), 8)
    }
}

/// Reads NDJSON event files into ``ScoredEvent``s.
enum EventFile {
    static func read(_ path: String) throws -> [ScoredEvent] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        var out: [ScoredEvent] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            lineNumber += 1
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let type = object["type"] as? String, let start = time(object["start"]), let end = time(object["end"])
            else {
                throw ValidationError("\(path):\(lineNumber): not an event (type, mmsi, start, end)")
            }
            let raw = object["mmsi"] as? [Any] ?? [object["mmsi"] as Any]
            let mmsi = raw.compactMap { v -> UInt32? in
                if let n = v as? NSNumber { return n.uint32Value }
                if let s = v as? String { return UInt32(s) }
                return nil
            }
            out.append(ScoredEvent(type: type, mmsi: mmsi, start: start, end: end))
        }
        return out
    }

    private static func time(_ value: Any?) -> Double? {
        if let s = value as? String { return ISO8601.seconds(s) }
        if let n = value as? NSNumber { return n.doubleValue > 1e11 ? n.doubleValue / 1000 : n.doubleValue }
        return nil
    }
}
