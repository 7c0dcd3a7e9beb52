/// Checks a stored audit log one line at a time, in the store's order, so that a log of any length
/// can be verified from a cursor (`kizuna audit verify`). ``AuditChain/verify(_:)`` runs it over an
/// array.
///
/// Reading line by line, a removed entry and one moved further down look the same (a gap); both
/// are reported as ``AuditChain/Reason/sequenceGap(missing:)``.
public struct AuditVerifier: Sendable {
    /// Lines checked so far.
    public private(set) var count = 0
    /// The last entry that checked.
    public private(set) var head: AuditChain.Head?
    /// The first broken entry, once found; later lines are not looked at.
    public private(set) var failure: AuditChain.Break?
    private var checkpoint: AuditCheckpoint?

    /// A verifier of the chain alone.
    public init() {}

    /// A verifier that also requires the log to hold the head `checkpoint` vouches for.
    public init(checkpoint: AuditCheckpoint, publicKey: NodePublicKey) {
        self.checkpoint = checkpoint
        if !checkpoint.isValid(for: publicKey) {
            failure = AuditChain.Break(line: 0, sequence: nil, reason: .checkpointSignatureInvalid)
        }
    }

    /// Checks the next stored line; false once the log is known to be broken.
    @discardableResult
    public mutating func check(_ line: String) -> Bool {
        guard failure == nil else { return false }
        count += 1
        let entry: AuditEntry
        switch AuditChain.read(line) {
        case .failure(let reason): return fail(sequence: nil, reason)
        case .success(let read): entry = read
        }
        let computed = AuditEntry.digest(entry.encoded)
        guard computed == entry.hash else {
            return fail(sequence: nil, .hashMismatch(stored: entry.hash, computed: computed))
        }
        let expected = (head?.sequence ?? 0) + 1
        if entry.sequence > expected {
            return fail(sequence: entry.sequence, .sequenceGap(missing: expected...(entry.sequence - 1)))
        }
        if entry.sequence < expected {
            return fail(sequence: entry.sequence, .reordered(expected: expected, found: entry.sequence))
        }
        let expectedPrevious = head?.hash ?? AuditEntry.genesisHash
        guard entry.previousHash == expectedPrevious else {
            return fail(
                sequence: entry.sequence,
                .previousHashMismatch(expected: expectedPrevious, found: entry.previousHash)
            )
        }
        if let signed = checkpoint?.head, signed.sequence == entry.sequence, signed.hash != entry.hash {
            return fail(sequence: entry.sequence, .checkpointMismatch(signed: signed.hash, stored: entry.hash))
        }
        head = AuditChain.Head(sequence: entry.sequence, hash: entry.hash)
        return true
    }

    /// The verdict on the lines checked: the first break, or entries missing from the end when a
    /// checkpoint vouches for more than the log holds, or intact.
    public var verdict: AuditChain.Verdict {
        if let failure { return .broken(failure) }
        let last = head?.sequence ?? 0
        if let signed = checkpoint?.head, last < signed.sequence {
            return .broken(
                AuditChain.Break(
                    line: count + 1,
                    sequence: nil,
                    reason: .truncated(last: last, checkpoint: signed.sequence)
                )
            )
        }
        return .intact(count: count, head: head)
    }

    private mutating func fail(sequence: Int?, _ reason: AuditChain.Reason) -> Bool {
        failure = AuditChain.Break(line: count, sequence: sequence, reason: reason)
        return false
    }
}
