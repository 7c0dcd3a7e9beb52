import Foundation
import Sharing
import Testing

@Suite struct NodeKeyTests {
    @Test func keyFileRoundTripsAndStaysPrivate() throws {
        let key = NodeKey.generate()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("node.key").path
        try key.write(toFile: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let loaded = try NodeKey(contentsOfFile: path)
        #expect(loaded.publicKey == key.publicKey)
        #expect(throws: NodeKeyError.self) { try NodeKey.generate().write(toFile: path) }
        #expect(try NodeKey(contentsOfFile: path).publicKey == key.publicKey)
    }

    @Test(arguments: [
        "", "# only a comment\n", "AAAA\n", "not base64!\n", "\(String(repeating: "A", count: 43))=\nAAAA\n",
    ])
    func malformedKeyFilesAreRefused(_ text: String) {
        #expect(throws: NodeKeyError.self) { try NodeKey(text: text) }
    }

    @Test func publicKeyTextRoundTripsAndVerifiesSignatures() throws {
        let key = NodeKey.generate()
        let exchanged = try NodePublicKey(base64: key.publicKey.base64 + "\n")
        #expect(exchanged == key.publicKey)
        #expect(Data(base64Encoded: exchanged.base64)?.count == 32)
        #expect(exchanged.fingerprint.count == 32)
        let message = Data("kizuna".utf8)
        let signature = key.signature(for: message)
        #expect(signature.count == 64)
        #expect(exchanged.isValidSignature(signature, for: message))
        #expect(!exchanged.isValidSignature(signature, for: Data("kizunA".utf8)))
        #expect(!NodeKey.generate().publicKey.isValidSignature(signature, for: message))
        #expect(throws: NodeKeyError.self) { try NodePublicKey(base64: "AAAA") }
    }

    @Test func checkpointCatchesTruncationAndRewrites() throws {
        let key = NodeKey.generate()
        let entries = AuditChainTests.chain(6)
        let lines = entries.map(\.storedLine)
        let checkpoint = AuditCheckpoint(
            head: AuditChain.Head(sequence: 6, hash: entries[5].hash),
            time: 1_790_100_000,
            key: key
        )
        let stored = try AuditCheckpoint(text: checkpoint.description)
        #expect(stored == checkpoint)
        #expect(AuditChain.verify(lines, checkpoint: stored, publicKey: key.publicKey).isIntact)
        // Entries appended after the checkpoint still verify.
        let seventh = AuditEntry(
            after: entries[5],
            time: 1_790_100_001,
            actor: "system",
            action: .checkpoint,
            target: "audit"
        )
        #expect(AuditChain.verify(lines + [seventh.storedLine], checkpoint: stored, publicKey: key.publicKey).isIntact)
        // Dropping the last entry leaves a chain that is intact on its own, but not for the checkpoint.
        let truncated = Array(lines.dropLast())
        #expect(AuditChain.verify(truncated).isIntact)
        #expect(
            AuditChain.verify(truncated, checkpoint: stored, publicKey: key.publicKey)
                == .broken(AuditChain.Break(line: 6, sequence: nil, reason: .truncated(last: 5, checkpoint: 6)))
        )
        // A log rewritten from scratch (all hashes recomputed) does not hold the signed head.
        let rewritten = AuditChainTests.chain(6, detail: "rewritten ")
        #expect(
            AuditChain.verify(rewritten.map(\.storedLine), checkpoint: stored, publicKey: key.publicKey)
                == .broken(
                    AuditChain.Break(
                        line: 6,
                        sequence: 6,
                        reason: .checkpointMismatch(signed: entries[5].hash, stored: rewritten[5].hash)
                    )
                )
        )
    }

    @Test func checkpointSignatureIsChecked() throws {
        let key = NodeKey.generate()
        let entries = AuditChainTests.chain(3)
        let checkpoint = AuditCheckpoint(head: AuditChain.Head(sequence: 3, hash: entries[2].hash), time: 5, key: key)
        let lines = entries.map(\.storedLine)
        let invalid = AuditChain.Verdict.broken(
            AuditChain.Break(line: 0, sequence: nil, reason: .checkpointSignatureInvalid)
        )
        #expect(AuditChain.verify(lines, checkpoint: checkpoint, publicKey: NodeKey.generate().publicKey) == invalid)
        // A checkpoint moved back to an earlier head, keeping the signature, no longer verifies.
        let moved = try AuditCheckpoint(
            text: checkpoint.description.replacingOccurrences(
                of: " 3 \(entries[2].hash) ",
                with: " 2 \(entries[1].hash) "
            )
        )
        #expect(moved.head.sequence == 2)
        #expect(AuditChain.verify(Array(lines.prefix(2)), checkpoint: moved, publicKey: key.publicKey) == invalid)
        #expect(throws: AuditEntryFormatError.self) {
            try AuditCheckpoint(text: "kizuna-audit-checkpoint/1 3 xyz 5 AAAA")
        }
    }
}
