/// Fills message fields from bits (the decoding side of ``AISFieldCoder``).
public struct AISBitReader: AISFieldCoder {
    let bits: AISBits
    public private(set) var position: Int

    /// A reader over `bits` starting at `position`.
    public init(_ bits: AISBits, position: Int = 0) {
        self.bits = bits
        self.position = position
    }

    public var isDecoding: Bool { true }
    public var remaining: Int { max(0, bits.count - position) }
    public func peekFlag(at offset: Int) -> Bool { bits.unsigned(at: offset, width: 1) != 0 }

    @inline(__always)
    mutating func take(_ width: Int) -> UInt64 {
        defer { position += width }
        return bits.unsigned(at: position, width: width)
    }

    @inline(__always)
    public mutating func unsigned<T: FixedWidthInteger>(_ value: inout T, _ width: Int, _ name: StaticString) {
        value = T(truncatingIfNeeded: take(width))
    }

    @inline(__always)
    public mutating func signed<T: FixedWidthInteger & SignedInteger>(
        _ value: inout T,
        _ width: Int,
        _ name: StaticString
    ) {
        value = T(truncatingIfNeeded: bits.signed(at: position, width: width))
        position += width
    }

    @inline(__always)
    public mutating func flag(_ value: inout Bool, _ name: StaticString) {
        value = take(1) != 0
    }

    @inline(__always)
    public mutating func optional<T: FixedWidthInteger>(
        _ value: inout T?,
        _ width: Int,
        notAvailable: T,
        _ name: StaticString
    ) {
        let raw = T(truncatingIfNeeded: take(width))
        value = raw == notAvailable ? nil : raw
    }

    @inline(__always)
    public mutating func scaled(
        _ value: inout Double?,
        _ width: Int,
        divisor: Double,
        notAvailable: UInt32,
        _ name: StaticString
    ) {
        let raw = take(width)
        value = raw == UInt64(notAvailable) ? nil : Double(raw) / divisor
    }

    @inline(__always)
    public mutating func coordinate(
        _ value: inout Double?,
        _ width: Int,
        unitsPerDegree: Double,
        notAvailable: Int32,
        _ name: StaticString
    ) {
        let raw = bits.signed(at: position, width: width)
        position += width
        value = raw == Int64(notAvailable) ? nil : Double(raw) / unitsPerDegree
    }

    public mutating func text(_ value: inout String, characters: Int, _ name: StaticString) {
        value = readText(characters)
    }

    public mutating func trailingText(_ value: inout String, _ name: StaticString) {
        value = readText(remaining / 6)
    }

    public mutating func trailingData(_ value: inout AISBits, reservingTrailing: Int, _ name: StaticString) {
        let end = max(position, bits.count - reservingTrailing)
        var out = AISBits()
        while position < end {
            let n = min(60, end - position)
            out.append(take(n), bits: n)
        }
        value = out
    }

    public mutating func spare(_ width: Int) {
        position += width
    }

    mutating func readText(_ characters: Int) -> String {
        let start = position
        position += characters * 6
        return String(unsafeUninitializedCapacity: characters) { buffer in
            var length = 0
            for i in 0..<characters {
                let value = UInt8(truncatingIfNeeded: bits.unsigned(at: start + i * 6, width: 6))
                if value == 0 { break }
                buffer[length] = SixBit.textCharacter(value)
                length += 1
            }
            while length > 0 && buffer[length - 1] == 32 { length -= 1 }
            return length
        }
    }
}
