import AIS
import Foundation
import KizunaTesting
import Testing

/// Decodes real captures with Kizuna and with gpsd 3.22's `gpsdecode -s -j`, pairs the two outputs
/// message by message and compares every field. Every difference must be one of
/// ``GPSDKnownDifferences/all``, each with its justification; see also `docs/ais-gpsd.md`.
@Suite("gpsd differential")
struct GPSDDifferentialTests {
    /// The AISHub capture and gpsd's own regression logs.
    static let captures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.aisTestData.path)) ?? []
        let logs = names.filter { $0.hasPrefix("gpsd__test__daemon__") && $0.hasSuffix(".log") }.sorted()
        return ["aishub-sample.nmea", "gpsd__test__sample.aivdm"] + logs
    }()

    @Test(arguments: captures)
    func agreesWithGPSDecode(capture: String) throws {
        guard let gpsdecode = Fixtures.executable("gpsdecode") else {
            Issue.record("gpsdecode is not on PATH: install gpsd-clients (make test does) to run the differential test")
            return
        }
        let url =
            capture == "aishub-sample.nmea"
            ? Fixtures.aisHubCapture : Fixtures.aisTestData.appendingPathComponent(capture)
        let input = try Data(contentsOf: url)
        let gpsdText = try Fixtures.run(gpsdecode, ["-s", "-j"], input: input)
        let gpsdLines = GPSDDifferential.lines(gpsdText).filter { $0.starts(with: Array(#"{"class":"AIS""#.utf8)) }
        try #require(!gpsdLines.isEmpty, "gpsdecode printed no AIS message for \(capture)")

        let (decoded, _) = AISDecoding.decodeAll(input)
        let writer = GPSDJSONWriter()
        var kizunaLines: [(line: [UInt8], sourceLine: Int)] = []
        for message in decoded {
            var out = JSONOutput(capacity: 512)
            writer.write(message.message, to: &out)
            #expect(out.bytes.last == 10, "each message ends with a newline")
            #expect(out.bytes.dropLast().firstIndex(of: 10) == nil, "one line per message")
            kizunaLines.append((Array(out.bytes.dropLast()), message.line))
        }

        let facts = GPSDInputFacts(input)
        let report = try GPSDDifferential.compare(gpsd: gpsdLines, kizuna: kizunaLines, facts: facts)
        print(report.summary(capture: capture))
        for problem in report.unexplained.prefix(30) {
            Issue.record(Comment(rawValue: "\(capture): \(problem)"))
        }
        #expect(report.unexplained.count == 0, "unexplained differences in \(capture), see the report above")
        #expect(report.paired > 0)
    }
}

extension GPSDDifferentialTests {
    /// Random payloads of every type, and of every application Kizuna decodes, at the lengths the
    /// standard gives: values the captures never hold (sentinels, negative temperatures, rare codes).
    @Test func agreesWithGPSDecodeOnRandomPayloads() throws {
        guard let gpsdecode = Fixtures.executable("gpsdecode") else {
            Issue.record("gpsdecode is not on PATH: install gpsd-clients (make test does) to run the differential test")
            return
        }
        var random = SplitMix64(seed: 0x4B49_5A55_4E41)
        var text = ""
        var sequence = 0
        for spec in GPSDRandomPayloads.specs {
            for _ in 0..<spec.count {
                var bits = (0..<spec.bits).map { _ in UInt8(random.next() & 1) }
                func set(_ offset: Int, _ width: Int, _ value: Int) {
                    for i in 0..<width { bits[offset + i] = UInt8((value >> (width - 1 - i)) & 1) }
                }
                set(0, 6, spec.type)
                for (offset, width, value) in spec.fixed { set(offset, width, value) }
                for line in GPSDRandomPayloads.sentences(bits, sequence: sequence) { text += line + "\n" }
                sequence += 1
            }
        }
        let input = Data(text.utf8)
        let gpsdLines = GPSDDifferential.lines(try Fixtures.run(gpsdecode, ["-s", "-j"], input: input))
        let (decoded, _) = AISDecoding.decodeAll(input)
        let writer = GPSDJSONWriter()
        let kizunaLines = decoded.map { message in
            var out = JSONOutput(capacity: 512)
            writer.write(message.message, to: &out)
            return (line: Array(out.bytes.dropLast()), sourceLine: message.line)
        }
        let report = try GPSDDifferential.compare(gpsd: gpsdLines, kizuna: kizunaLines, facts: GPSDInputFacts(input))
        print(report.summary(capture: "random payloads"))
        for problem in report.unexplained.prefix(30) {
            Issue.record(Comment(rawValue: "random payloads: \(problem)"))
        }
        #expect(report.unexplained.count == 0, "unexplained differences in random payloads, see the report above")
    }
}

extension GPSDDifferentialTests {
    /// `JSONOutput.append(fixed:decimals:)` must print exactly what C's `printf("%.Nf")` prints, ties
    /// and all, for the quotients gpsd formats.
    @Test func fixedPointMatchesPrintf() {
        var random = SplitMix64(seed: 42)
        let cases: [(divisor: Double, decimals: Int)] = [
            (600_000, 6), (600, 1), (600, 6), (60_000, 4), (10, 1), (100, 1),
        ]
        var mismatches: [String] = []
        for (divisor, decimals) in cases {
            for _ in 0..<20_000 {
                let raw = Int64(bitPattern: random.next()) % 110_000_000
                let value = Double(raw) / divisor
                var out = JSONOutput(capacity: 32)
                out.append(fixed: value, decimals: decimals)
                let ours = String(decoding: out.bytes, as: UTF8.self)
                let printf = String(format: "%.\(decimals)f", value)
                if ours != printf { mismatches.append("\(raw)/\(divisor): \(ours) vs \(printf)") }
            }
        }
        for turn in -126...126 {
            let root = Double(turn) / 4.733
            var out = JSONOutput(capacity: 32)
            out.append(fixed: root * root, decimals: 0)
            let printf = String(format: "%.0f", root * root)
            if String(decoding: out.bytes, as: UTF8.self) != printf { mismatches.append("turn \(turn)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}

/// Layouts for the random payloads: type, length in bits, and fields held at a value.
enum GPSDRandomPayloads {
    struct Spec {
        var type: Int
        var bits: Int
        var fixed: [(offset: Int, width: Int, value: Int)] = []
        var count = 150
    }

    static let specs: [Spec] = {
        var specs: [Spec] = []
        for type in [1, 2, 3] { specs.append(Spec(type: type, bits: 168)) }
        specs += [
            Spec(type: 4, bits: 168), Spec(type: 11, bits: 168), Spec(type: 5, bits: 424), Spec(type: 5, bits: 420),
            Spec(type: 7, bits: 72), Spec(type: 7, bits: 136), Spec(type: 13, bits: 168), Spec(type: 9, bits: 168),
            Spec(type: 10, bits: 72), Spec(type: 12, bits: 72 + 6 * 30), Spec(type: 14, bits: 40 + 6 * 40),
            Spec(type: 15, bits: 88), Spec(type: 15, bits: 160), Spec(type: 16, bits: 96), Spec(type: 16, bits: 144),
            Spec(type: 17, bits: 80 + 8 * 20), Spec(type: 18, bits: 168), Spec(type: 19, bits: 312),
            Spec(type: 20, bits: 72), Spec(type: 20, bits: 160), Spec(type: 21, bits: 272),
            Spec(type: 21, bits: 272 + 6 * 10), Spec(type: 22, bits: 168), Spec(type: 23, bits: 160),
            Spec(type: 24, bits: 160, fixed: [(38, 2, 0)]), Spec(type: 24, bits: 168, fixed: [(38, 2, 1)]),
            Spec(type: 25, bits: 168, fixed: [(38, 1, 0)]), Spec(type: 26, bits: 200, fixed: [(38, 1, 0)]),
            Spec(type: 27, bits: 96),
            // binary messages with random and with known applications
            Spec(type: 6, bits: 88 + 8 * 10), Spec(type: 8, bits: 56 + 8 * 12),
            Spec(type: 6, bits: 360, fixed: [(72, 16, 1 << 6 | 12)]),
            Spec(type: 6, bits: 88 + 9 + 93 * 2, fixed: [(72, 16, 1 << 6 | 14)]),
            Spec(type: 6, bits: 360, fixed: [(72, 16, 1 << 6 | 18)]),
            Spec(type: 6, bits: 88 + 10 + 6 * 25, fixed: [(72, 16, 1 << 6 | 30)]),
            Spec(type: 6, bits: 88 + 9 + 88 * 2, fixed: [(72, 16, 1 << 6 | 32)]),
            Spec(type: 6, bits: 168, fixed: [(72, 16, 200 << 6 | 55)]),
            Spec(type: 6, bits: 136, fixed: [(72, 16, 235 << 6 | 10)]),
            Spec(type: 6, bits: 136, fixed: [(72, 16, 250 << 6 | 10)]),
            Spec(type: 8, bits: 352, fixed: [(40, 16, 1 << 6 | 11)]),
            Spec(type: 8, bits: 360, fixed: [(40, 16, 1 << 6 | 31)]),
            Spec(type: 8, bits: 168, fixed: [(40, 16, 200 << 6 | 10)]),
            Spec(type: 6, bits: 100 + 17 * 4, fixed: [(72, 16, 1 << 6 | 25)]),
            Spec(type: 6, bits: 149 + 55 * 3, fixed: [(72, 16, 1 << 6 | 28), (144, 5, 3)]),
            Spec(type: 8, bits: 117 + 55 * 4, fixed: [(40, 16, 1 << 6 | 27), (112, 5, 4)]),
            Spec(type: 8, bits: 117, fixed: [(40, 16, 1 << 6 | 27), (112, 5, 0)]),
            Spec(type: 8, bits: 66 + 6 * 30, fixed: [(40, 16, 1 << 6 | 29)]),
            Spec(type: 8, bits: 472, fixed: [(40, 16, 1 << 6 | 13)]),
            Spec(type: 8, bits: 72, fixed: [(40, 16, 1 << 6 | 15)]),
            // gpsd prints the country without escaping it: keep it to letters
            Spec(type: 8, bits: 168, fixed: [(40, 16, 200 << 6 | 24), (56, 12, 1 << 6 | 2)]),
            Spec(type: 8, bits: 168, fixed: [(40, 16, 200 << 6 | 40)]),
            Spec(type: 8, bits: 168, fixed: [(40, 16, 200 << 6 | 40), (127, 27, 0)]),
        ]
        return specs
    }()

    /// The bits armoured into one or more `!AIVDM` sentences of at most 60 payload characters.
    static func sentences(_ bits: [UInt8], sequence: Int) -> [String] {
        var armour: [UInt8] = []
        var i = 0
        while i < bits.count {
            var value = 0
            for k in 0..<6 { value = value << 1 | Int(i + k < bits.count ? bits[i + k] : 0) }
            armour.append(UInt8(value < 40 ? value + 48 : value + 56))
            i += 6
        }
        let fill = armour.count * 6 - bits.count
        let parts = stride(from: 0, to: armour.count, by: 60).map { Array(armour[$0..<min(armour.count, $0 + 60)]) }
        return parts.enumerated().map { index, part in
            let id = parts.count > 1 ? String(sequence % 10) : ""
            let fillBits = index == parts.count - 1 ? fill : 0
            let body = "AIVDM,\(parts.count),\(index + 1),\(id),A,\(String(decoding: part, as: UTF8.self)),\(fillBits)"
            return NMEAText.sentence(body)
        }
    }
}

/// One way in which Kizuna's gpsd output knowingly departs from gpsd 3.22's, with the reason.
struct GPSDKnownDifference: Sendable {
    /// A short name, shown in the report.
    var name: String
    /// Why the difference is intended (or accepted).
    var justification: String
    /// True when this entry explains a field difference.
    var field: @Sendable (GPSDFieldDifference, GPSDInputFacts) -> Bool = { _, _ in false }
    /// True when this entry explains a message only one side printed.
    var unpaired: @Sendable (GPSDUnpairedMessage, GPSDInputFacts) -> Bool = { _, _ in false }
}

/// A field whose value differs between the two outputs of one message (nil: the field is missing).
struct GPSDFieldDifference: @unchecked Sendable {  // JSONSerialization values are immutable Foundation objects
    var type: Int
    var field: String
    var gpsd: Any?
    var kizuna: Any?
    var gpsdObject: [String: Any]
    var kizunaObject: [String: Any]
}

/// A message that only one of the two decoders printed.
struct GPSDUnpairedMessage: @unchecked Sendable {  // JSONSerialization values are immutable Foundation objects
    enum Side: String { case gpsd, kizuna }
    var side: Side
    var object: [String: Any]
    var type: Int { object["type"] as? Int ?? -1 }
}

/// The intentional differences, in one place. Each one is described in `docs/ais-gpsd.md` too.
enum GPSDKnownDifferences {
    static let all: [GPSDKnownDifference] = [
        GPSDKnownDifference(
            name: "type 24 part B merged with an earlier part A by gpsd",
            justification: """
                Even with -s (split24), gpsd 3.22 keeps the names of the last part A messages and prints a part B \
                whose MMSI matches one of them as a merged record: no "part", plus "shipname". Kizuna's writer \
                keeps no state between messages and always prints the part as received.
                """,
            field: { d, _ in
                d.type == 24 && d.gpsdObject["part"] == nil && (d.kizunaObject["part"] as? String) == "B"
                    && (d.field == "part" || d.field == "shipname")
            }
        ),
        GPSDKnownDifference(
            name: "radio status of a type 1-3 shorter than 168 bits",
            justification: """
                When a position report lacks the last bits of its 19-bit communication state, gpsd reads the \
                bits that are there as a smaller number (right-aligned); Kizuna reads the field where \
                ITU-R M.1371-5 puts it and counts the missing low bits as zero, so its value is gpsd's \
                multiplied by a power of two.
                """,
            field: { d, _ in
                guard (1...3).contains(d.type), d.field == "radio", let g = d.gpsd as? Int, let k = d.kizuna as? Int
                else { return false }
                return (1...18).contains { g << $0 == k }
            }
        ),
        GPSDKnownDifference(
            name: "spare bits after the destination of an addressed type 25/26",
            justification: """
                ITU-R M.1371-5 (Tables 80 and 82) follows the 30-bit destination ID of an addressed type 25 or 26 \
                with 2 spare bits for byte alignment. gpsd 3.22 reads the application ID and the data right after \
                the destination, 2 bits early, so its app_id and data differ (and its data is 2 bits longer).
                """,
            field: { d, _ in
                (d.type == 25 || d.type == 26) && (d.kizunaObject["addressed"] as? Bool) == true
                    && (d.field == "app_id" || d.field == "data")
            }
        ),
        GPSDKnownDifference(
            name: "radio status of type 26",
            justification: """
                gpsd 3.22 prints the "radio" field of type 26 but never decodes it: it is always 0. Kizuna prints \
                the 20-bit communication state that ends the message.
                """,
            field: { d, _ in d.type == 26 && d.field == "radio" && (d.gpsd as? Int) == 0 }
        ),
        GPSDKnownDifference(
            name: "padding bits of binary data",
            justification: """
                gpsd copies binary data in whole bytes, so the hex of a bit count that is not a multiple of 8 \
                ends with whatever bits follow the data in the message (for type 26 the communication state). \
                Kizuna pads the last byte with zero bits. The bit counts and every data bit agree.
                """,
            field: { d, _ in
                d.field == "data" && GPSDDifferential.sameDataBits(d.gpsd as? String, d.kizuna as? String)
            }
        ),
        GPSDKnownDifference(
            name: "type 20 alignment bits read as a second reservation",
            justification: """
                A type 20 with fewer than four reservations ends with spare bits that align it to a byte. \
                gpsd 3.22 always reads four reservations, so those spare bits (and missing ones, as zeros) \
                become the start of the next reservation. Kizuna prints 0 for a reservation the message \
                does not hold.
                """,
            field: { d, _ in
                d.type == 20 && (d.kizuna as? Int) == 0 && ["2", "3", "4"].contains(d.field.last.map(String.init))
            }
        ),
        GPSDKnownDifference(
            name: "type 24 vendor ID ending in spaces",
            justification: """
                gpsd 3.22 prints the 7 characters that older equipment used as vendor ID, which since \
                ITU-R M.1371-4 hold a 3-character vendor ID, the unit model and the serial number. Kizuna \
                rebuilds those 7 characters from the model and serial number; it cannot when the 3-character \
                vendor ID ends in spaces, which Kizuna strips, and then prints the vendor ID alone.
                """,
            field: { d, _ in
                guard d.type == 24, d.field == "vendorid", let g = d.gpsd as? String, let k = d.kizuna as? String
                else { return false }
                return k.count < 3 && g.hasPrefix(k + " ")
            }
        ),
        GPSDKnownDifference(
            name: "fill bits claimed by a sentence that is not the last of its message",
            justification: """
                IEC 61162-1 puts fill bits only in the last sentence of a message; Kizuna takes the fill bits \
                from the last sentence. gpsd 3.22 also drops the fill bits a first sentence claims, which shifts \
                every later bit, so the fields after that point differ.
                """,
            field: { d, facts in facts.nonFinalFillBitKeys.contains(GPSDDifferential.key(d.gpsdObject)) }
        ),
        GPSDKnownDifference(
            name: "sentences with more than 5 fill bits",
            justification: """
                IEC 61162-1 allows 0 to 5 fill bits. Kizuna rejects a sentence that claims more (counted as \
                badFillBits); gpsd 3.22 decodes it.
                """,
            unpaired: { m, facts in m.side == .gpsd && facts.badFillBitKeys.contains(GPSDDifferential.key(m.object)) }
        ),
        GPSDKnownDifference(
            name: "fragments with different sequential message IDs",
            justification: """
                IEC 61162-1 ties the sentences of one message together by their sequential message ID. gpsd 3.22 \
                joins consecutive fragments whatever their IDs; Kizuna does not join fragments whose IDs differ \
                (counted as an orphan or incomplete fragment).
                """,
            unpaired: { m, facts in
                m.side == .gpsd && facts.mismatchedFragmentKeys.contains(GPSDDifferential.key(m.object))
            }
        ),
    ]
}

/// What the test learns from the raw input to explain messages only gpsd prints.
struct GPSDInputFacts: Sendable {
    /// `type/mmsi` of single-sentence messages that claim more than 5 fill bits.
    var badFillBitKeys: Set<String> = []
    /// `type/mmsi` of multi-sentence messages whose next fragment has another sequential message ID.
    var mismatchedFragmentKeys: Set<String> = []
    /// `type/mmsi` of multi-sentence messages whose first sentence claims fill bits.
    var nonFinalFillBitKeys: Set<String> = []

    init(_ input: Data) {
        let lines = input.split(separator: 10).map { String(decoding: $0, as: UTF8.self) }
        for (n, line) in lines.enumerated() {
            guard let start = line.firstIndex(of: "!") else { continue }
            let fields = line[start...].split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 7, let total = Int(fields[1]), let number = Int(fields[2]) else { continue }
            let payload = Array(fields[5].utf8)
            guard payload.count >= 7 else { continue }
            let key = Self.key(payload)
            if total == 1, let fill = fields[6].first?.wholeNumberValue, fill > 5 {
                badFillBitKeys.insert(key)
            }
            if number == 1 && total > 1 && n + 1 < lines.count {
                let next = lines[n + 1].split(separator: ",", omittingEmptySubsequences: false)
                if next.count >= 7 && next[3] != fields[3] { mismatchedFragmentKeys.insert(key) }
                if let fill = fields[6].first?.wholeNumberValue, fill > 0 { nonFinalFillBitKeys.insert(key) }
            }
        }
    }

    /// `type/mmsi` from the first seven armoured characters of a payload.
    static func key(_ payload: [UInt8]) -> String {
        var bits: UInt64 = 0
        for c in payload.prefix(7) {
            var v = UInt64(c) &- 48
            if v > 40 { v &-= 8 }
            bits = bits << 6 | (v & 63)
        }
        // 42 bits: type 6, repeat 2, MMSI 30, then 4 more
        return "\(bits >> 36)/\((bits >> 4) & 0x3FFF_FFFF)"
    }
}

/// Pairs and compares the two outputs.
enum GPSDDifferential {
    struct Report {
        var paired = 0
        var byteIdentical = 0
        var explained: [String: Int] = [:]
        var mismatches: [String: (count: Int, example: String)] = [:]
        var unexplained: [String] = []

        func summary(capture: String) -> String {
            var text = "gpsd differential, \(capture): \(paired) messages paired, \(byteIdentical) byte-identical"
            for (name, count) in explained.sorted(by: { $0.key < $1.key }) {
                text += "\n  explained  \(name): \(count) messages"
            }
            for (key, value) in mismatches.sorted(by: { $0.key < $1.key }) {
                text += "\n  UNEXPLAINED \(key): \(value.count), e.g. \(value.example)"
            }
            return text
        }

        mutating func unexplained(_ key: String, _ example: String) {
            let old = mismatches[key] ?? (0, example)
            mismatches[key] = (old.count + 1, old.example)
            unexplained.append("\(key): \(example)")
        }
    }

    static func lines(_ data: Data) -> [[UInt8]] {
        data.split(separator: 10).map { line in
            var bytes = Array(line)
            if bytes.last == 13 { bytes.removeLast() }
            return bytes
        }
    }

    struct NotJSON: Error, CustomStringConvertible {
        var line: String
        var description: String { "not JSON: \(line)" }
    }

    static func object(_ line: [UInt8]) throws -> [String: Any] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(line)) else {
            throw NotJSON(line: String(decoding: line, as: UTF8.self))
        }
        return try #require(value as? [String: Any], "not a JSON object: \(String(decoding: line, as: UTF8.self))")
    }

    static func key(_ object: [String: Any]) -> String {
        "\(object["type"] as? Int ?? -1)/\(object["mmsi"] as? Int ?? -1)"
    }

    static func compare(
        gpsd: [[UInt8]],
        kizuna: [(line: [UInt8], sourceLine: Int)],
        facts: GPSDInputFacts
    ) throws -> Report {
        let gpsdObjects = try gpsd.map(object)
        let kizunaObjects = try kizuna.map { try object($0.line) }
        let gpsdKeys = gpsdObjects.map(key)
        let kizunaKeys = kizunaObjects.map(key)
        var report = Report()
        var i = 0
        var j = 0
        let window = 64
        while i < gpsdObjects.count || j < kizunaObjects.count {
            if i < gpsdObjects.count && j < kizunaObjects.count && gpsdKeys[i] == kizunaKeys[j] {
                compare(gpsdObjects[i], gpsd[i], kizunaObjects[j], kizuna[j], facts, into: &report)
                i += 1
                j += 1
                continue
            }
            // resynchronise on the nearest message both printed
            var skipGPSD = Int.max
            var skipKizuna = Int.max
            if i < gpsdObjects.count {
                for k in 1..<window where j + k < kizunaObjects.count && kizunaKeys[j + k] == gpsdKeys[i] {
                    skipKizuna = k
                    break
                }
            }
            if j < kizunaObjects.count {
                for k in 1..<window where i + k < gpsdObjects.count && gpsdKeys[i + k] == kizunaKeys[j] {
                    skipGPSD = k
                    break
                }
            }
            if j < kizunaObjects.count && (i >= gpsdObjects.count || skipKizuna <= skipGPSD) {
                unpaired(
                    .init(side: .kizuna, object: kizunaObjects[j]),
                    kizuna[j].line,
                    kizuna[j].sourceLine,
                    facts,
                    &report
                )
                j += 1
            } else {
                unpaired(.init(side: .gpsd, object: gpsdObjects[i]), gpsd[i], nil, facts, &report)
                i += 1
            }
        }
        return report
    }

    static func unpaired(
        _ message: GPSDUnpairedMessage,
        _ line: [UInt8],
        _ source: Int?,
        _ facts: GPSDInputFacts,
        _ report: inout Report
    ) {
        if let known = GPSDKnownDifferences.all.first(where: { $0.unpaired(message, facts) }) {
            report.explained[known.name, default: 0] += 1
            return
        }
        let at = source.map { " (input line \($0))" } ?? ""
        report.unexplained(
            "type \(message.type) only in \(message.side.rawValue)",
            String(decoding: line, as: UTF8.self) + at
        )
    }

    static func compare(
        _ g: [String: Any],
        _ gLine: [UInt8],
        _ k: [String: Any],
        _ kLine: (line: [UInt8], sourceLine: Int),
        _ facts: GPSDInputFacts,
        into report: inout Report
    ) {
        report.paired += 1
        if gLine == kLine.line {
            report.byteIdentical += 1
            return
        }
        let type = g["type"] as? Int ?? -1
        var differing = false
        var reasons: Set<String> = []
        defer { for reason in reasons { report.explained[reason, default: 0] += 1 } }
        for field in Set(g.keys).union(k.keys).sorted() {
            let a = g[field]
            let b = k[field]
            if let a, let b, same(a, b) { continue }
            differing = true
            let difference = GPSDFieldDifference(
                type: type,
                field: field,
                gpsd: a,
                kizuna: b,
                gpsdObject: g,
                kizunaObject: k
            )
            if let known = GPSDKnownDifferences.all.first(where: { $0.field(difference, facts) }) {
                reasons.insert(known.name)
            } else {
                report.unexplained(
                    "type \(type) field \(field)",
                    "gpsd \(describe(a)) kizuna \(describe(b)) (input line \(kLine.sourceLine))"
                )
            }
        }
        if !differing {
            // same values, different text: a number or string format, or the field order
            report.unexplained(
                "type \(type) format",
                "gpsd \(String(decoding: gLine, as: UTF8.self)) kizuna \(String(decoding: kLine.line, as: UTF8.self))"
            )
        }
    }

    /// True when two `"<bits>:<hex>"` strings have the same bit count and the same bits up to it.
    static func sameDataBits(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        let x = a.split(separator: ":")
        let y = b.split(separator: ":")
        guard x.count == 2, y.count == 2, x[0] == y[0], let count = Int(x[0]), x[1].count == y[1].count else {
            return false
        }
        let xs = Array(x[1].utf8)
        let ys = Array(y[1].utf8)
        for bit in 0..<count {
            let nibble = bit / 4
            guard let p = Int(String(UnicodeScalar(xs[nibble])), radix: 16),
                let q = Int(String(UnicodeScalar(ys[nibble])), radix: 16)
            else { return false }
            let mask = 8 >> (bit % 4)
            if p & mask != q & mask { return false }
        }
        return true
    }

    /// JSON value equality: numbers by value, strings, arrays and objects element by element.
    static func same(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (let x as String, let y as String): return x == y
        case (let x as NSNumber, let y as NSNumber): return x.doubleValue == y.doubleValue
        case (let x as [Any], let y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (let x as [String: Any], let y as [String: Any]):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
        case (is NSNull, is NSNull): return true
        default: return false
        }
    }

    static func describe(_ value: Any?) -> String {
        guard let value else { return "(missing)" }
        if let string = value as? String { return "\"\(string)\"" }
        return "\(value)"
    }
}
