extension AuditEntry {
    /// Reads back a line as the store keeps it (``storedLine``: the hash, one space, the encoded
    /// text), without checking the hash (``AuditChain/verify(_:)`` does that).
    public init(storedLine line: String) throws(AuditEntryFormatError) {
        guard let space = line.firstIndex(of: " ") else { throw AuditEntryFormatError("no hash before the entry") }
        try self.init(encoded: String(line[line.index(after: space)...]), hash: String(line[..<space]))
    }
}
