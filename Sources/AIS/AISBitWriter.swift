/// Writes message fields into bits (the encoding side of ``AISFieldCoder``).
public struct AISBitWriter: AISFieldCoder {
    /// The bits written so far.
    public private(set) var bits = AISBits()

    public init() {}

    public var isDecoding: Bool { false }
    public var position: Int { bits.count }
    public var remaining: Int { 0 }
    public func peekFlag(at offset: Int) -> Bool { false }

    public mutating func unsigned<T: FixedWidthInteger>(_ value: inout T, _ width: Int, _ name: StaticString) {
        bits.append(UInt64(truncatingIfNeeded: value), bits: width)
    }

    public mutating func signed<T: FixedWidthInteger & SignedInteger>(
        _ value: inout T,
        _ width: Int,
        _ name: StaticString
    ) {
        bits.append(UInt64(bitPattern: Int64(value)), bits: width)
    }

    public mutating func flag(_ value: inout Bool, _ name: StaticString) {
        bits.append(value ? 1 : 0, bits: 1)
    }

    public mutating func optional<T: FixedWidthInteger>(
        _ value: inout T?,
        _ width: Int,
        notAvailable: T,
        _ name: StaticString
    ) {
        bits.append(UInt64(truncatingIfNeeded: value ?? notAvailable), bits: width)
    }

    public mutating func scaled(
        _ value: inout Double?,
        _ width: Int,
        divisor: Double,
        notAvailable: UInt32,
        _ name: StaticString
    ) {
        let raw = value.map { UInt64(max(0, ($0 * divisor).rounded())) } ?? UInt64(notAvailable)
        bits.append(raw, bits: width)
    }

    public mutating func coordinate(
        _ value: inout Double?,
        _ width: Int,
        unitsPerDegree: Double,
        notAvailable: Int32,
        _ name: StaticString
    ) {
        let raw = value.map { Int64(($0 * unitsPerDegree).rounded()) } ?? Int64(notAvailable)
        bits.append(UInt64(bitPattern: raw), bits: width)
    }

    public mutating func text(_ value: inout String, characters: Int, _ name: StaticString) {
        var utf8 = value.utf8.makeIterator()
        for _ in 0..<characters {
            // Pad with '@' (0), the "not available" filler of M.1371-5 Table 47.
            let value = utf8.next().map(SixBit.textValue) ?? 0
            bits.append(UInt64(value), bits: 6)
        }
    }

    public mutating func trailingText(_ value: inout String, _ name: StaticString) {
        for c in value.utf8 { bits.append(UInt64(SixBit.textValue(c)), bits: 6) }
    }

    public mutating func trailingData(_ value: inout AISBits, reservingTrailing: Int, _ name: StaticString) {
        var position = 0
        while position < value.count {
            let n = min(60, value.count - position)
            bits.append(value.unsigned(at: position, width: n), bits: n)
            position += n
        }
    }

    public mutating func spare(_ width: Int) {
        var remaining = width
        while remaining > 0 {
            let n = min(60, remaining)
            bits.append(0, bits: n)
            remaining -= n
        }
    }
}
