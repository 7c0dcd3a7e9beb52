/// What a decoder saw: lines, messages by type, rejections by reason.
public struct DecodeStatistics: Sendable, Hashable {
    /// Lines read, including blank and comment lines.
    public var lines = 0
    /// Blank lines and `#` comment lines, which are skipped without complaint.
    public var ignoredLines = 0
    /// Messages decoded, by message type (index 0 unused).
    public var messagesByType = [Int](repeating: 0, count: 28)
    /// Lines (or fragments) rejected, by reason.
    public var rejections = [RejectionReason: Int]()

    public init() {}

    /// All messages decoded.
    public var messages: Int { messagesByType.reduce(0, +) }
    /// All lines rejected.
    public var rejected: Int { rejections.values.reduce(0, +) }

    mutating func reject(_ reason: RejectionReason, count: Int = 1) {
        rejections[reason, default: 0] += count
    }

    /// Adds another decoder's counts to these.
    public mutating func merge(_ other: DecodeStatistics) {
        lines += other.lines
        ignoredLines += other.ignoredLines
        for i in messagesByType.indices { messagesByType[i] += other.messagesByType[i] }
        for (reason, n) in other.rejections { rejections[reason, default: 0] += n }
    }
}
