/// Checks a stored audit log: every entry's hash over its text, the sequence running 1, 2, 3, …
/// with nothing missing or out of order, and each entry naming the hash of the one before.
/// ``AuditVerifier`` does the same one line at a time, for logs read from a cursor.
///
/// An edit to any byte of a stored line breaks that entry's hash; a removed entry leaves a gap in
/// the sequence at the entry after it; an entry forged at the end with a recomputed hash still
/// has to name its predecessor's hash. Removing entries from the end leaves a shorter chain that is
/// valid on its own: a signed ``AuditCheckpoint`` of an earlier head catches that.
public enum AuditChain {
    /// What ``verify(_:)`` found.
    public enum Verdict: Sendable, Hashable {
        /// Every entry checks; `head` is the last entry's sequence and hash (nil for an empty log).
        case intact(count: Int, head: Head?)
        /// The first entry that does not check.
        case broken(Break)

        public var isIntact: Bool {
            if case .intact = self { return true }
            return false
        }
    }

    /// The last entry of a chain: its sequence and hash.
    public struct Head: Sendable, Hashable, Codable {
        public var sequence: Int
        public var hash: String
        public init(sequence: Int, hash: String) {
            self.sequence = sequence
            self.hash = hash
        }
    }

    /// The first entry found broken.
    public struct Break: Sendable, Hashable, CustomStringConvertible {
        /// The stored line's position, counting from 1; 0 when the checkpoint itself is bad.
        public var line: Int
        /// The entry's sequence as written in it; nil when the line could not be read or its hash does
        /// not check (an edited entry's sequence cannot be trusted: the line says which entry it is).
        public var sequence: Int?
        public var reason: Reason

        public init(line: Int, sequence: Int?, reason: Reason) {
            self.line = line
            self.sequence = sequence
            self.reason = reason
        }

        public var description: String {
            "audit entry at line \(line)\(sequence.map { " (sequence \($0))" } ?? ""): \(reason)"
        }
    }

    public enum Reason: Error, Sendable, Hashable, CustomStringConvertible {
        /// The line is not `HASH ENCODED` with a canonical entry; says what is wrong.
        case unparsable(String)
        /// The stored hash is not the SHA-256 of the stored text: the entry was edited.
        case hashMismatch(stored: String, computed: String)
        /// Sequences `missing` are absent before this entry: entries were removed.
        case sequenceGap(missing: ClosedRange<Int>)
        /// The entry's sequence is not the next one although that one is stored elsewhere (or this
        /// one was already seen): entries were moved or duplicated.
        case reordered(expected: Int, found: Int)
        /// The entry's previous hash is not the hash of the entry before it.
        case previousHashMismatch(expected: String, found: String)
        /// The log ends at sequence `last` but a signed checkpoint vouches for `checkpoint`:
        /// entries were removed from the end.
        case truncated(last: Int, checkpoint: Int)
        /// The entry at the checkpoint's sequence has a different hash than the checkpoint signed.
        case checkpointMismatch(signed: String, stored: String)
        /// The checkpoint's signature does not verify with the node's public key.
        case checkpointSignatureInvalid

        public var description: String {
            switch self {
            case .unparsable(let why): "unreadable: \(why)"
            case .hashMismatch(let stored, let computed):
                "hash mismatch: stored \(stored.prefix(16))…, text hashes to \(computed.prefix(16))… (entry edited)"
            case .sequenceGap(let missing):
                missing.count == 1
                    ? "entry \(missing.lowerBound) is missing (removed)"
                    : "entries \(missing.lowerBound)–\(missing.upperBound) are missing (removed)"
            case .reordered(let expected, let found):
                "expected sequence \(expected), found \(found) (entries reordered)"
            case .previousHashMismatch(let expected, let found):
                "previous hash \(found.prefix(16))… is not the hash of the entry before, \(expected.prefix(16))…"
            case .truncated(let last, let checkpoint):
                "log ends at \(last) but a signed checkpoint vouches for \(checkpoint) (entries removed from the end)"
            case .checkpointMismatch(let signed, let stored):
                "checkpoint signed hash \(signed.prefix(16))… but the entry hashes to \(stored.prefix(16))…"
            case .checkpointSignatureInvalid: "the checkpoint's signature does not verify with the node key"
            }
        }
    }

    /// Verifies stored lines (``AuditEntry/storedLine``) in the order the store holds them.
    public static func verify(_ storedLines: [String]) -> Verdict {
        var verifier = AuditVerifier()
        return reclassified(verify(storedLines, with: &verifier), storedLines)
    }

    /// Verifies stored lines and also that they hold the head a signed checkpoint vouches for, so
    /// that entries removed from the end are found. Entries appended after the checkpoint are
    /// checked by the chain alone.
    public static func verify(_ storedLines: [String], checkpoint: AuditCheckpoint, publicKey: NodePublicKey) -> Verdict
    {
        var verifier = AuditVerifier(checkpoint: checkpoint, publicKey: publicKey)
        return reclassified(verify(storedLines, with: &verifier), storedLines)
    }

    private static func verify(_ storedLines: [String], with verifier: inout AuditVerifier) -> Verdict {
        for line in storedLines where !verifier.check(line) { break }
        return verifier.verdict
    }

    /// With the whole log at hand, a gap whose missing entry is stored further on is a move, not a
    /// removal.
    private static func reclassified(_ verdict: Verdict, _ storedLines: [String]) -> Verdict {
        guard case .broken(var found) = verdict, case .sequenceGap(let missing) = found.reason,
            let sequence = found.sequence,
            storedLines[found.line...].contains(where: { (try? read($0).get())?.sequence == missing.lowerBound })
        else { return verdict }
        found.reason = .reordered(expected: missing.lowerBound, found: sequence)
        return .broken(found)
    }

    /// Splits `HASH ENCODED` and reads the entry.
    static func read(_ line: String) -> Result<AuditEntry, Reason> {
        let utf8 = line.utf8
        guard let space = utf8.firstIndex(of: UInt8(ascii: " ")) else {
            return .failure(.unparsable("no space between the hash and the entry"))
        }
        let hash = String(line[..<space])
        guard Hex.isLowercase(hash, count: 64) else {
            return .failure(.unparsable("the stored hash is not 64 lower-case hex digits"))
        }
        do {
            return .success(try AuditEntry(encoded: String(line[utf8.index(after: space)...]), hash: hash))
        } catch {
            return .failure(.unparsable(error.description))
        }
    }
}
