/// A message payload as a bit string, most significant bit first, as ITU-R M.1371-5 §3.3.7 orders it.
///
/// Bits past ``count`` read as zero, so a field that runs off the end of a short message reads as
/// if the sender had padded it with zeros (as gpsd does).
public struct AISBits: Sendable, Hashable {
    /// The bits, packed into 64-bit words, first bit in the top of word 0, with one zero word of padding.
    @usableFromInline var words: [UInt64]
    /// The number of meaningful bits.
    public private(set) var count: Int

    /// An empty bit string.
    public init() {
        words = [0]
        count = 0
    }

    /// Bits taken from `bytes`, first bit in the top of byte 0.
    public init(bytes: some Collection<UInt8>, count: Int) {
        self.init()
        for byte in bytes.prefix((count + 7) / 8) { append(UInt64(byte), bits: 8) }
        truncate(to: min(count, self.count))
    }

    /// Appends the low `bits` bits of `value` (at most 64).
    public mutating func append(_ value: UInt64, bits: Int) {
        guard bits > 0 else { return }
        let v = bits == 64 ? value : value & ((1 << UInt64(bits)) &- 1)
        let shift = count & 63
        let index = count >> 6
        // keep one zero word past the last bit, so that reads never run off the end
        let needed = ((count + bits) >> 6) + 2
        while words.count < needed { words.append(0) }
        let free = 64 - shift
        if bits <= free {
            words[index] |= v << UInt64(free - bits)
        } else {
            words[index] |= v >> UInt64(bits - free)
            words[index + 1] |= v << UInt64(64 - (bits - free))
        }
        count += bits
    }

    /// Empties the bit string, keeping its storage for reuse.
    public mutating func removeAll() {
        let used = min(words.count, (count >> 6) + 1)
        for i in 0..<used { words[i] = 0 }
        count = 0
    }

    /// Appends the 6-bit values of the armoured payload characters `armour` (IEC 61162-1 §7.3.4).
    ///
    /// - Returns: the index of the first character that is not armour, or nil when all were.
    public mutating func appendArmoured(_ armour: UnsafeRawBufferPointer) -> Int? {
        let n = armour.count
        let needed = ((count + n * 6) >> 6) + 2
        if words.count < needed { words.append(contentsOf: repeatElement(0, count: needed - words.count)) }
        var position = count
        let failure: Int? = SixBit.armourTable.withUnsafeBufferPointer { table in
            words.withUnsafeMutableBufferPointer { w in
                // ten characters (60 bits) at a time through a register, then the rest; the table maps
                // bad characters to 0xFF, caught once per group by OR-ing the values
                var i = 0
                while i < n {
                    let group = min(10, n - i)
                    var accumulator: UInt64 = 0
                    var seen: UInt8 = 0
                    for k in 0..<group {
                        let value = table[Int(armour[i + k])]
                        seen |= value
                        accumulator = accumulator << 6 | UInt64(value & 63)
                    }
                    if seen & 0x80 != 0 {
                        for k in 0..<group where table[Int(armour[i + k])] == 0xFF { return i + k }
                    }
                    let width = group * 6
                    let index = position >> 6
                    let free = 64 - (position & 63)
                    if width <= free {
                        w[index] |= accumulator << UInt64(free - width)
                    } else {
                        w[index] |= accumulator >> UInt64(width - free)
                        w[index + 1] |= accumulator << UInt64(64 - (width - free))
                    }
                    position += width
                    i += group
                }
                return nil
            }
        }
        if let failure {
            // leave the string as it was: clear what was written
            let start = count
            count = position
            truncate(to: start)
            return failure
        }
        count = position
        return nil
    }

    /// Drops every bit from `newCount` on.
    public mutating func truncate(to newCount: Int) {
        guard newCount < count else { return }
        let oldCount = count
        count = newCount
        let index = newCount >> 6
        let shift = newCount & 63
        let used = min(words.count, (oldCount >> 6) + 1)
        words[index] = shift == 0 ? 0 : words[index] & ~(UInt64.max >> UInt64(shift))
        if index + 1 < used {
            for i in (index + 1)..<used { words[i] = 0 }
        }
    }

    /// The unsigned value of `width` bits (0–64) starting at bit `offset`.
    @inlinable @inline(__always)
    public func unsigned(at offset: Int, width: Int) -> UInt64 {
        guard width > 0, offset >= 0 else { return 0 }
        let index = offset >> 6
        guard index < words.count else { return 0 }
        let shift = UInt64(offset & 63)
        var high = words[index] << shift
        if shift != 0 && index + 1 < words.count { high |= words[index + 1] >> (64 - shift) }
        return width == 64 ? high : high >> UInt64(64 - width)
    }

    /// The two's-complement signed value of `width` bits starting at bit `offset`.
    @inlinable
    public func signed(at offset: Int, width: Int) -> Int64 {
        let raw = unsigned(at: offset, width: width)
        let shift = UInt64(64 - width)
        return Int64(bitPattern: raw << shift) >> Int64(shift)
    }

    /// The bits from `offset` to the end as a new bit string.
    public func suffix(from offset: Int) -> AISBits {
        var out = AISBits()
        var position = offset
        while position < count {
            let n = min(64, count - position)
            out.append(unsigned(at: position, width: n), bits: n)
            position += n
        }
        return out
    }

    public static func == (lhs: AISBits, rhs: AISBits) -> Bool {
        guard lhs.count == rhs.count else { return false }
        let used = (lhs.count + 63) >> 6
        for i in 0..<used where lhs.words[i] != rhs.words[i] { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for i in 0..<((count + 63) >> 6) { hasher.combine(words[i]) }
    }

    /// The bits as bytes, the last one padded with zeros.
    public var bytes: [UInt8] {
        (0..<((count + 7) / 8)).map { UInt8(truncatingIfNeeded: unsigned(at: $0 * 8, width: 8)) }
    }
}
