import Foundation
import Sharing
import Testing

@Suite struct AuditChainTests {
    /// A chain of `count` entries with varied text: quotes, backslashes, control characters,
    /// non-ASCII letters.
    static func chain(_ count: Int, detail: String = "") -> [AuditEntry] {
        var entries: [AuditEntry] = []
        let actions: [AuditAction] = [.login, .create, .federationReceive, .authorizationFailed, .update]
        for i in 0..<count {
            entries.append(
                AuditEntry(
                    after: entries.last,
                    time: 1_790_000_000 + Int64(i) * 61,
                    actor: i.isMultiple(of: 2) ? "user:alice@jp-mod" : "peer:gb-mod",
                    action: actions[i % actions.count],
                    target: "record:00000000-0000-4000-8000-00000000000\(i % 10)",
                    outcome: i == 3 ? "denied" : "ok",
                    detail: detail + "note \(i): \"q\" \\ tab\t é 日本 \u{1}"
                )
            )
        }
        return entries
    }

    @Test func encodingIsTheDocumentedCanonicalJSON() {
        let entry = AuditEntry(
            after: nil,
            time: 1_790_000_000,
            actor: "user:alice@jp-mod",
            action: .loginFailed,
            target: "user:alice",
            outcome: "denied",
            detail: "a\"b\\c\nd\u{1}é"
        )
        let expected =
            #"{"action":"login_failed","actor":"user:alice@jp-mod","detail":"a\"b\\c\nd\u0001é","outcome":"denied","#
            + #""previous":"0000000000000000000000000000000000000000000000000000000000000000","sequence":1,"#
            + #""target":"user:alice","time":1790000000}"#
        #expect(entry.encoded == expected)
        #expect(entry.storedLine == entry.hash + " " + expected)
    }

    @Test func hashIsSHA256OfTheEncodedText() throws {
        let entry = Self.chain(2)[1]
        // sha256sum is an implementation independent of the one under test.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(entry.encoded.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.prefix(64) == entry.hash)
        #expect(entry.previousHash == Self.chain(1)[0].hash)
    }

    @Test func cleanChainVerifies() {
        let entries = Self.chain(12)
        #expect(
            AuditChain.verify(entries.map(\.storedLine))
                == .intact(count: 12, head: AuditChain.Head(sequence: 12, hash: entries[11].hash))
        )
        #expect(AuditChain.verify([]) == .intact(count: 0, head: nil))
    }

    @Test func everySingleByteChangeIsFoundAtItsEntry() {
        let lines = Self.chain(4).map(\.storedLine)
        var checked = 0
        for (index, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            for position in bytes.indices {
                for bit in 0..<8 {
                    var changed = bytes
                    changed[position] ^= 1 << bit
                    var tampered = lines
                    tampered[index] = String(decoding: changed, as: UTF8.self)
                    guard case .broken(let found) = AuditChain.verify(tampered) else {
                        Issue.record("entry \(index + 1), byte \(position), bit \(bit): not detected")
                        continue
                    }
                    #expect(found.line == index + 1, "byte \(position) bit \(bit) blamed line \(found.line)")
                    #expect(found.sequence == nil, "an edited entry's sequence is not trusted")
                    checked += 1
                }
            }
        }
        #expect(checked == lines.reduce(0) { $0 + $1.utf8.count * 8 })
    }

    @Test(arguments: 0..<5)
    func removedEntryIsNamedByTheOneAfter(_ removed: Int) {
        var lines = Self.chain(6).map(\.storedLine)
        lines.remove(at: removed)
        let verdict = AuditChain.verify(lines)
        #expect(
            verdict
                == .broken(
                    AuditChain.Break(
                        line: removed + 1,
                        sequence: removed + 2,
                        reason: .sequenceGap(missing: (removed + 1)...(removed + 1))
                    )
                )
        )
    }

    @Test func swappedEntriesAreReordered() {
        var lines = Self.chain(5).map(\.storedLine)
        lines.swapAt(1, 2)
        #expect(
            AuditChain.verify(lines)
                == .broken(AuditChain.Break(line: 2, sequence: 3, reason: .reordered(expected: 2, found: 3)))
        )
    }

    @Test func forgedEntryWithWrongPreviousHashFails() {
        let entries = Self.chain(5)
        // A well-formed entry with the right next sequence, chained to a different 5th entry.
        let otherFifth = Self.chain(5, detail: "forged ")[4]
        let forged = AuditEntry(
            after: otherFifth,
            time: 1_790_009_999,
            actor: "system",
            action: .delete,
            target: "record:x"
        )
        #expect(forged.sequence == 6)
        let verdict = AuditChain.verify(entries.map(\.storedLine) + [forged.storedLine])
        #expect(
            verdict
                == .broken(
                    AuditChain.Break(
                        line: 6,
                        sequence: 6,
                        reason: .previousHashMismatch(expected: entries[4].hash, found: otherFifth.hash)
                    )
                )
        )
    }

    @Test func nonCanonicalTextIsRefused() {
        let entry = Self.chain(1)[0]
        let spaced = entry.encoded.replacingOccurrences(of: ",\"actor\"", with: ", \"actor\"")
        #expect(spaced != entry.encoded)
        let verdict = AuditChain.verify([entry.hash + " " + spaced])
        guard case .broken(let found) = verdict, case .unparsable(let why) = found.reason else {
            Issue.record("spaced entry accepted: \(verdict)")
            return
        }
        #expect(why.contains("canonical"))
    }
}

extension AuditChainTests {
    @Test func storedLineReadsBackForAppending() throws {
        let entries = Self.chain(3)
        let last = try AuditEntry(storedLine: entries[2].storedLine)
        #expect(last == entries[2])
        let next = AuditEntry(after: last, time: 1_790_100_000, actor: "system", action: .checkpoint, target: "audit")
        #expect(AuditChain.verify((entries + [next]).map(\.storedLine)).isIntact)
        let edited = entries[2].storedLine.replacingOccurrences(of: "user:alice", with: "user:alicf")
        #expect(edited != entries[2].storedLine)
        // Reading back does not judge the hash; verification does.
        let read = try AuditEntry(storedLine: edited)
        #expect(read.actor == "user:alicf@jp-mod")
        guard case .broken(let found) = AuditChain.verify(Array(entries.prefix(2).map(\.storedLine)) + [edited]),
            case .hashMismatch = found.reason
        else {
            Issue.record("edited last line not found")
            return
        }
        #expect(found.line == 3)
        #expect(throws: AuditEntryFormatError.self) { try AuditEntry(storedLine: "no-hash") }
    }

    @Test func verifierChecksLineByLine() {
        var lines = Self.chain(5).map(\.storedLine)
        var verifier = AuditVerifier()
        let checks = lines.map { verifier.check($0) }
        #expect(checks == [true, true, true, true, true])
        #expect(verifier.verdict == AuditChain.verify(lines))
        // Line by line a moved entry looks like a removal; with the whole log it is a move.
        lines.swapAt(1, 2)
        var streaming = AuditVerifier()
        let streamed = lines.prefix(3).map { streaming.check($0) }
        #expect(streamed == [true, false, false])
        #expect(streaming.count == 2)
        #expect(
            streaming.verdict
                == .broken(AuditChain.Break(line: 2, sequence: 3, reason: .sequenceGap(missing: 2...2)))
        )
    }
}
