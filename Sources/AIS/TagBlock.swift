/// The NMEA 0183 4.10 tag block that may precede a sentence: `\c:1418169601,s:r3669961,g:1-2-42*hh\`.
public struct TagBlock: Sendable, Hashable {
    /// `c:` — the time the sentence was received or sent, in milliseconds since 1970-01-01 UTC.
    /// Senders give seconds or milliseconds; values above 10¹¹ are taken as milliseconds.
    public var time: Int64?
    /// `s:` — the source (receiver or station) identifier.
    public var source: String?
    /// `g:` — sentence grouping: this sentence's number, the group's size, and the group id.
    public var group: (number: Int, total: Int, id: Int)?

    public init(time: Int64? = nil, source: String? = nil, group: (number: Int, total: Int, id: Int)? = nil) {
        self.time = time
        self.source = source
        self.group = group
    }

    public static func == (lhs: TagBlock, rhs: TagBlock) -> Bool {
        lhs.time == rhs.time && lhs.source == rhs.source && lhs.group?.number == rhs.group?.number
            && lhs.group?.total == rhs.group?.total && lhs.group?.id == rhs.group?.id
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(time)
        hasher.combine(source)
    }

    /// Parses the text between the two backslashes (`c:…,s:…*hh`), checking its checksum.
    /// Returns nil when the block is malformed or its checksum fails.
    static func parse(_ text: UnsafeRawBufferPointer) -> TagBlock? {
        guard let star = text.lastIndex(of: UInt8(ascii: "*")), star + 3 == text.count,
            let expected = NMEASentence.hexByte(text[star + 1], text[star + 2])
        else { return nil }
        var sum: UInt8 = 0
        for i in 0..<star { sum ^= text[i] }
        guard sum == expected else { return nil }
        var block = TagBlock()
        var start = 0
        while start < star {
            var end = start
            while end < star && text[end] != UInt8(ascii: ",") { end += 1 }
            guard end - start >= 2, text[start + 1] == UInt8(ascii: ":") else { return nil }
            let value = UnsafeRawBufferPointer(rebasing: text[(start + 2)..<end])
            switch text[start] {
            case UInt8(ascii: "c"):
                guard let n = parseInteger(value) else { return nil }
                block.time = n > 100_000_000_000 ? n : n * 1000
            case UInt8(ascii: "s"):
                block.source = String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "g"):
                let parts = value.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
                guard parts.count == 3,
                    let number = parseInteger(UnsafeRawBufferPointer(rebasing: parts[0])),
                    let total = parseInteger(UnsafeRawBufferPointer(rebasing: parts[1])),
                    let id = parseInteger(UnsafeRawBufferPointer(rebasing: parts[2]))
                else { return nil }
                block.group = (Int(number), Int(total), Int(id))
            default:
                break  // d:, n:, r:, t: and vendor fields are accepted and not used
            }
            start = end + 1
        }
        return block
    }

    static func parseInteger(_ digits: UnsafeRawBufferPointer) -> Int64? {
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var value: Int64 = 0
        for d in digits {
            guard d >= 48 && d <= 57 else { return nil }
            value = value * 10 + Int64(d - 48)
        }
        return value
    }
}
