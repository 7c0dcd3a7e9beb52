/// Writes messages in Kizuna's own JSON form: one object per line, the field names of the Swift API,
/// numbers in their physical units (degrees, knots, metres), and `null` for "not available".
///
/// ```
/// {"type":1,"repeat":0,"mmsi":371798000,"time":"…","channel":"A","navigationStatus":0,…}
/// ```
/// The layout of each type is the one its message struct describes (see docs/ais.md).
public struct KizunaJSONWriter {
    public init() {}

    /// Appends `decoded` as one JSON object and a newline.
    public func write(_ decoded: DecodedMessage, to out: inout JSONOutput) {
        let message = decoded.message
        out.append("{\"type\":")
        out.append(integer: message.messageType)
        out.append(",\"repeat\":")
        out.append(integer: message.repeatIndicator)
        out.append(",\"mmsi\":")
        out.append(integer: message.mmsi)
        if let time = decoded.time {
            out.append(",\"time\":")
            out.append(integer: time)
        }
        if let source = decoded.tagBlock?.source {
            out.append(",\"source\":")
            out.append(string: source)
        }
        if decoded.channel != 0 {
            out.append(",\"channel\":\"")
            out.append(decoded.channel)
            out.append("\"")
        }
        // move the buffer into the printer and back, so that appending never copies it
        var printer = FieldPrinter(out: JSONOutput(capacity: 0))
        swap(&printer.out, &out)
        var copy = message
        copy.codeBody(&printer)
        swap(&printer.out, &out)
        out.append("}\n")
    }
}

/// An ``AISFieldCoder`` that prints each field as `,"name":value`.
struct FieldPrinter: AISFieldCoder {
    var out: JSONOutput
    var position = 0
    var isDecoding: Bool { false }
    var remaining: Int { 0 }
    func peekFlag(at offset: Int) -> Bool { false }

    mutating func key(_ name: StaticString) {
        out.append(",\"")
        out.append(name)
        out.append("\":")
    }

    mutating func unsigned<T: FixedWidthInteger>(_ value: inout T, _ width: Int, _ name: StaticString) {
        key(name)
        out.append(integer: value)
    }

    mutating func signed<T: FixedWidthInteger & SignedInteger>(_ value: inout T, _ width: Int, _ name: StaticString) {
        key(name)
        out.append(integer: value)
    }

    mutating func flag(_ value: inout Bool, _ name: StaticString) {
        key(name)
        out.append(value ? "true" : "false")
    }

    mutating func optional<T: FixedWidthInteger>(_ value: inout T?, _ width: Int, notAvailable: T, _ name: StaticString)
    {
        key(name)
        if let value { out.append(integer: value) } else { out.append("null") }
    }

    mutating func scaled(
        _ value: inout Double?,
        _ width: Int,
        divisor: Double,
        notAvailable: UInt32,
        _ name: StaticString
    ) {
        key(name)
        if let value { out.append(value, decimals: divisor >= 100 ? 2 : 1) } else { out.append("null") }
    }

    mutating func coordinate(
        _ value: inout Double?,
        _ width: Int,
        unitsPerDegree: Double,
        notAvailable: Int32,
        _ name: StaticString
    ) {
        key(name)
        if let value { out.append(value, decimals: unitsPerDegree > 1000 ? 6 : 4) } else { out.append("null") }
    }

    mutating func text(_ value: inout String, characters: Int, _ name: StaticString) {
        key(name)
        out.append(string: value)
    }

    mutating func trailingText(_ value: inout String, _ name: StaticString) {
        key(name)
        out.append(string: value)
    }

    mutating func trailingData(_ value: inout AISBits, reservingTrailing: Int, _ name: StaticString) {
        key(name)
        out.append("{\"bits\":")
        out.append(integer: value.count)
        out.append(",\"hex\":\"")
        out.append(hex: value)
        out.append("\"}")
    }

    mutating func spare(_ width: Int) {}
}
