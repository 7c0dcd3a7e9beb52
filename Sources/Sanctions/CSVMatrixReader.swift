#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a labelled numeric CSV matrix: a header `row,<column labels>`, then one line per row,
/// `<row label>,<numbers>`. Works on bytes; integers are parsed exactly, other numbers with `strtod`.
struct CSVMatrixReader {
    /// Column labels from the header (without the first, row-label field).
    var columnLabels: [String] = []
    /// Row labels in order.
    var rowLabels: [String] = []
    /// Values row after row.
    var values: [Double] = []

    /// Parses `bytes`, naming `file` in errors.
    init(bytes: [UInt8], file: String) throws(TableError) {
        var data = bytes
        data.append(0)  // strtod stops at the terminator at worst
        let header = Self.fields(of: data, from: 0)
        guard header.fields.count >= 2 else { throw .malformed(file, line: 1, "header has no column labels") }
        columnLabels = Array(header.fields.dropFirst())
        let width = columnLabels.count
        var position = header.next
        var line = 1
        let end = data.count - 1
        values.reserveCapacity(width * 64)
        let failure: TableError? = data.withUnsafeBufferPointer { buffer -> TableError? in
            while position < end {
                line += 1
                if buffer[position] == UInt8(ascii: "\n") || buffer[position] == UInt8(ascii: "\r") {
                    position += 1
                    continue
                }
                let (label, afterLabel) = Self.field(buffer, from: position)
                rowLabels.append(label)
                position = afterLabel
                var count = 0
                while position < end, buffer[position] == UInt8(ascii: ",") {
                    position += 1
                    guard let (value, next) = Self.number(buffer, from: position) else {
                        return .malformed(file, line: line, "value \(count + 1) of row \(label) is not a number")
                    }
                    values.append(value)
                    count += 1
                    position = next
                }
                if position < end, buffer[position] == UInt8(ascii: "\r") { position += 1 }
                if position < end, buffer[position] != UInt8(ascii: "\n") {
                    return .malformed(file, line: line, "unexpected text after value \(count) of row \(label)")
                }
                position += 1
                if count != width {
                    return .malformed(file, line: line, "row \(label) has \(count) values, the header has \(width)")
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Splits one line of plain or double-quoted fields starting at `start`.
    static func fields(of data: [UInt8], from start: Int) -> (fields: [String], next: Int) {
        data.withUnsafeBufferPointer { buffer in
            var result: [String] = []
            var position = start
            while true {
                let (text, next) = field(buffer, from: position)
                result.append(text)
                position = next
                if position < buffer.count - 1, buffer[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                if position < buffer.count - 1, buffer[position] == UInt8(ascii: "\r") { position += 1 }
                return (result, position + 1)
            }
        }
    }

    /// One text field (plain or double-quoted) starting at `start`; returns it and the index after it.
    static func field(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int) {
        var position = start
        let end = buffer.count - 1
        if position < end, buffer[position] == UInt8(ascii: "\"") {
            var bytes: [UInt8] = []
            position += 1
            while position < end {
                if buffer[position] == UInt8(ascii: "\"") {
                    if position + 1 < end, buffer[position + 1] == UInt8(ascii: "\"") {
                        bytes.append(UInt8(ascii: "\""))
                        position += 2
                        continue
                    }
                    position += 1
                    break
                }
                bytes.append(buffer[position])
                position += 1
            }
            return (String(decoding: bytes, as: UTF8.self), position)
        }
        while position < end, buffer[position] != UInt8(ascii: ","), buffer[position] != UInt8(ascii: "\n"),
            buffer[position] != UInt8(ascii: "\r")
        {
            position += 1
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<position]), as: UTF8.self), position)
    }

    /// A number starting at `start`: digits only take an exact integer path, anything else `strtod`.
    static func number(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (Double, Int)? {
        var position = start
        let end = buffer.count - 1
        var negative = false
        if position < end, buffer[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var integer: Int64 = 0
        var digits = 0
        while position < end, buffer[position] &- UInt8(ascii: "0") < 10, digits < 18 {
            integer = integer * 10 + Int64(buffer[position] &- UInt8(ascii: "0"))
            digits += 1
            position += 1
        }
        let stop = position < end ? buffer[position] : UInt8(ascii: "\n")
        if digits > 0, stop == UInt8(ascii: ",") || stop == UInt8(ascii: "\n") || stop == UInt8(ascii: "\r") {
            let value = Double(integer)
            return (negative ? -value : value, position)
        }
        let base = buffer.baseAddress!
        var parsedEnd: UnsafeMutablePointer<CChar>? = nil
        let value = base.advanced(by: start).withMemoryRebound(to: CChar.self, capacity: 1) { pointer in
            strtod(pointer, &parsedEnd)
        }
        guard let parsedEnd else { return nil }
        let consumed = UnsafeRawPointer(parsedEnd) - UnsafeRawPointer(base.advanced(by: start))
        guard consumed > 0 else { return nil }
        let next = start + consumed
        let after = next < end ? buffer[next] : UInt8(ascii: "\n")
        guard after == UInt8(ascii: ",") || after == UInt8(ascii: "\n") || after == UInt8(ascii: "\r") else {
            return nil
        }
        return (value, next)
    }
}
