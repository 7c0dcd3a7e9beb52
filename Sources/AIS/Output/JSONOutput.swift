/// A growable byte buffer for writing JSON lines without building `String`s.
public struct JSONOutput: Sendable {
    /// The bytes written so far.
    public var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends text known at compile time (field names, punctuation), as is.
    @inline(__always)
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a decimal integer.
    public mutating func append<T: BinaryInteger>(integer value: T) {
        var magnitude = UInt64(value.magnitude)
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        if magnitude < 10 {
            bytes.append(48 + UInt8(magnitude))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, room for 20 digits
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var i = buffer.count
            while magnitude > 0 {
                i -= 1
                buffer[i] = 48 + UInt8(magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[i...]))
            return buffer.count - i
        }
        _ = count
    }

    /// Appends `value` with exactly `decimals` digits after the point (0–9), rounded half away from zero.
    public mutating func append(_ value: Double, decimals: Int) {
        guard value.isFinite else {
            append("null")
            return
        }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else {
            append(shortest: value)
            return
        }
        let units = UInt64(scaled)
        let integerPart = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        append(integer: integerPart)
        guard decimals > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor = UInt64(scale) / 10
        while divisor > 0 {
            bytes.append(48 + UInt8((fraction / divisor) % 10))
            divisor /= 10
        }
    }

    /// Appends a decimal integer of at least `minimumDigits` digits, padded with leading zeros
    /// (C's `%0Nu`).
    public mutating func append<T: BinaryInteger>(integer value: T, minimumDigits: Int) {
        var digits = 1
        var magnitude = UInt64(value.magnitude)
        while magnitude >= 10 {
            magnitude /= 10
            digits += 1
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        for _ in digits..<max(digits, minimumDigits) { bytes.append(UInt8(ascii: "0")) }
        append(integer: value.magnitude)
    }

    /// Appends `value` with exactly `decimals` digits after the point (0–9), as C's `printf("%.*f")`
    /// writes it: the exact binary value is rounded to the nearest, ties to even, and a negative
    /// value keeps its sign even when it rounds to zero (`-0.0`).
    ///
    /// Exact for magnitudes below 10^9; larger values (never seen in AIS) fall back to
    /// ``append(_:decimals:)``.
    public mutating func append(fixed value: Double, decimals: Int) {
        guard value.isFinite, value.magnitude < 1e9, (0...9).contains(decimals) else {
            append(value, decimals: decimals)
            return
        }
        let scale = Self.powersOfTen[decimals]
        let magnitude = value.magnitude
        if let units = Self.roundedProduct(magnitude, scale) {
            appendFixed(units: units, scale: scale, decimals: decimals, negative: value.sign == .minus)
            return
        }
        // magnitude == significand × 2^exponent exactly
        let significand = UInt128(magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0))
        let exponent = magnitude.isNormal ? Int(magnitude.exponentBitPattern) - 1075 : -1074
        var units: UInt128
        if exponent >= 0 {
            units = (significand << UInt128(exponent)) * UInt128(scale)
        } else {
            let product = significand * UInt128(scale)  // < 2^53 × 10^9 < 2^83
            let shift = -exponent
            if shift >= 100 {
                units = 0  // below half a unit of the last digit
            } else {
                units = product >> UInt128(shift)
                let remainder = product - (units << UInt128(shift))
                let half = UInt128(1) << UInt128(shift - 1)
                if remainder > half || (remainder == half && units & 1 == 1) { units += 1 }
            }
        }
        // below 10^9 × 10^9 < 2^64
        appendFixed(
            units: UInt64(truncatingIfNeeded: units),
            scale: scale,
            decimals: decimals,
            negative: value.sign == .minus
        )
    }

    /// `magnitude × scale` rounded to the nearest integer, ties to even, computed exactly from the
    /// binary value with one fused multiply-add; nil when the product is too large for this shortcut.
    @inline(__always)
    static func roundedProduct(_ magnitude: Double, _ scale: UInt64) -> UInt64? {
        let factor = Double(scale)  // exact: scale ≤ 10^9
        let product = magnitude * factor
        guard product < 0x1p52 else { return nil }
        // the exact product is product + error, and error is exactly representable
        let error = (-product).addingProduct(magnitude, factor)
        let nearest = product.rounded(.toNearestOrEven)
        let distance = product - nearest  // exact
        if distance.magnitude != 0.5 {
            // product is not halfway, and the error (at most half an ulp of product) cannot carry it past
            return UInt64(nearest)
        }
        if error > 0 { return UInt64(product + 0.5) }
        if error < 0 { return UInt64(product - 0.5) }
        return UInt64(nearest)  // a true tie: to even
    }

    @inline(__always)
    mutating func appendFixed(units: UInt64, scale: UInt64, decimals: Int, negative: Bool) {
        if negative { bytes.append(UInt8(ascii: "-")) }
        append(integer: units / scale)
        guard decimals > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        let fraction = units % scale
        var divisor = scale / 10
        while divisor > 0 {
            bytes.append(48 + UInt8(truncatingIfNeeded: (fraction / divisor) % 10))
            divisor /= 10
        }
    }

    /// Appends the shortest decimal that reads back as `value` (Swift's own description).
    public mutating func append(shortest value: Double) {
        guard value.isFinite else {
            append("null")
            return
        }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Appends `items` as a JSON array, each written by `element`.
    public mutating func append<S: Sequence>(array items: S, _ element: (inout JSONOutput, S.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for item in items {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Appends a JSON string literal with quotes, escaping what JSON requires.
    public mutating func append(string: String) {
        bytes.append(UInt8(ascii: "\""))
        for c in string.utf8 {
            switch c {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0..<0x20:
                append("\\u00")
                bytes.append(Self.hex[Int(c >> 4)])
                bytes.append(Self.hex[Int(c & 15)])
            default: bytes.append(c)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal with its quotes, escaped as ``append(string:)`` escapes.
    public static func quoted(_ text: String) -> String {
        var out = JSONOutput(capacity: text.utf8.count + 2)
        out.append(string: text)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Appends `bits` as lower-case hexadecimal, the last byte padded with zero bits.
    public mutating func append(hex bits: AISBits) {
        for byte in bits.bytes {
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 15)])
        }
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static let powersOfTen: [UInt64] = [
        1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ]

    /// Empties the buffer, keeping its storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}
