import AIS
import Foundation
import KizunaTesting
import Testing

/// A corpus with 10% of its lines corrupted, every kind of damage represented: the decoder must keep
/// every intact message, decode nothing from a line whose checksum fails, and count each damaged line
/// under its reason.
@Suite("Corrupted input")
struct CorruptionTests {
    /// Single-sentence lines from the AISHub capture, each a known-good message.
    static func singleSentenceLines() throws -> [String] {
        let text = String(decoding: try Data(contentsOf: Fixtures.aisHubCapture), as: UTF8.self)
        return text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("!AIVDM,1,1,") && $0.contains(",0*")
        }
    }

    /// The kinds of damage and the reason each must be counted under.
    enum Damage: CaseIterable {
        case flippedCharacter, truncated, badArmour, badFillBits, tooShort, orphanFragment, overlong, notAIS
        case badTagBlock, missingChecksum

        var reason: RejectionReason {
            switch self {
            case .flippedCharacter: .badChecksum
            case .truncated, .missingChecksum: .truncated
            case .badArmour: .badArmour
            case .badFillBits: .badFillBits
            case .tooShort: .tooShort
            case .orphanFragment: .orphanFragment
            case .overlong: .overlongLine
            case .notAIS: .notAIS
            case .badTagBlock: .badTagBlock
            }
        }

        /// Damages a good single-sentence line `line`.
        func apply(to line: String, index: Int) -> String {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let payload = fields[5]
            switch self {
            case .flippedCharacter:
                var bytes = Array(line.utf8)
                let i = 14 + index % max(1, payload.count)
                bytes[i] = bytes[i] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
                return String(decoding: bytes, as: UTF8.self)
            case .truncated:
                return String(line.prefix(line.count / 2))
            case .missingChecksum:
                return String(line.dropLast(3))
            case .badArmour:
                let broken = String(payload.dropLast()) + "X"
                return NMEAText.sentence("AIVDM,1,1,,\(fields[4]),\(broken),0")
            case .badFillBits:
                return NMEAText.sentence("AIVDM,1,1,,\(fields[4]),\(payload),7")
            case .tooShort:
                return NMEAText.sentence("AIVDM,1,1,,\(fields[4]),\(payload.prefix(4)),0")
            case .orphanFragment:
                return NMEAText.sentence("AIVDM,2,2,\(index % 10),\(fields[4]),\(payload),0")
            case .overlong:
                return line + String(repeating: "x", count: 2000)
            case .notAIS:
                return NMEAText.sentence("GPGLL,4916.45,N,12311.12,W,225444,A").replacingOccurrences(of: "!", with: "$")
            case .badTagBlock:
                return "\\c:1700000000*00\\" + line
            }
        }
    }

    @Test("10% corrupted lines of every kind: intact messages all decoded, nothing from a bad line")
    func corruptedCorpus() throws {
        let lines = try Self.singleSentenceLines()
        #expect(lines.count > 50_000)
        let good = AISDecoding.decodeAll(Array(lines.joined(separator: "\n").utf8)).0.map(\.message)

        var corpus: [String] = []
        var expectedIntact: [AISMessage] = []
        var expectedReasons: [RejectionReason: Int] = [:]
        let kinds = Damage.allCases
        for (i, line) in lines.enumerated() {
            if i % 10 == 3 {
                let damage = kinds[(i / 10) % kinds.count]
                corpus.append(damage.apply(to: line, index: i))
                expectedReasons[damage.reason, default: 0] += 1
            } else {
                corpus.append(line)
                expectedIntact.append(good[i])
            }
        }
        let bytes = Array((corpus.joined(separator: "\n") + "\n").utf8)
        let (decoded, stats) = AISDecoding.decodeChunked(bytes, chunkSize: 65_536)
        #expect(decoded.map(\.message) == expectedIntact)
        #expect(stats.rejections == expectedReasons)
    }

    @Test("fragments out of order, orphaned or never finished are counted and lose nothing else")
    func fragments() {
        let part1 = "!AIVDM,2,1,3,B,55P5TL01VIaAL@7WKO@mBplU@<PDhh000000001S;AJ::4A80?4i@E53,0*3E"
        let part2 = "!AIVDM,2,2,3,B,1@0000000000000,2*55"
        let single = "!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09"
        // complete message
        #expect(AISDecoding.decodeAll(Array("\(part1)\n\(part2)\n".utf8)).0.count == 1)
        // part 2 alone: orphan; part 1 alone at the end of the stream: incomplete
        let (messages, stats) = AISDecoding.decodeAll(Array("\(part2)\n\(single)\n\(part1)\n".utf8))
        #expect(messages.map(\.message.mmsi) == [367_309_370])
        #expect(stats.rejections[.orphanFragment] == 1)
        #expect(stats.rejections[.incompleteMessage] == 1)
        // two first parts with the same key: the first is dropped, the second completes
        let (again, stats2) = AISDecoding.decodeAll(Array("\(part1)\n\(part1)\n\(part2)\n".utf8))
        #expect(again.count == 1)
        #expect(stats2.rejections[.incompleteMessage] == 1)
    }

    @Test("pending fragments are bounded: many unfinished groups never grow memory past the limit")
    func boundedPending() {
        var decoder = AISStreamDecoder()
        var count = 0
        for i in 0..<10_000 {
            let line = NMEAText.sentence("AIVDM,3,1,\(i % 10),\(i % 2 == 0 ? "A" : "B"),55P5TL01VIaAL@7WKO,0") + "\n"
            Array(line.utf8).withUnsafeBytes { decoder.feed($0) { _ in count += 1 } }
        }
        decoder.finish { _ in count += 1 }
        #expect(count == 0)
        #expect(decoder.statistics.rejections[.incompleteMessage] == 10_000)
    }

    @Test("an endless line without a newline is dropped once, bounded, and decoding goes on")
    func endlessLine() {
        var decoder = AISStreamDecoder()
        var messages = 0
        let junk = [UInt8](repeating: UInt8(ascii: "A"), count: 1 << 16)
        for _ in 0..<64 { junk.withUnsafeBytes { decoder.feed($0) { _ in messages += 1 } } }
        let good = Array("\n!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09\n".utf8)
        good.withUnsafeBytes { decoder.feed($0) { _ in messages += 1 } }
        decoder.finish { _ in messages += 1 }
        #expect(messages == 1)
        #expect(decoder.statistics.rejections[.overlongLine] == 1)
    }
}
