#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fields of one `!xxVDM` / `!xxVDO` sentence (IEC 61162-1, NMEA 0183 "VDM"), located in a line
/// without copying.
struct NMEASentence {
    /// Number of sentences in the message, 1–9.
    var total: UInt8
    /// This sentence's number, 1–`total`.
    var number: UInt8
    /// Sequential message id 0–9, or 0xFF when the field is empty.
    var sequenceID: UInt8
    /// The radio channel character (`A`, `B`, `1`, `2`), or 0 when the field is empty.
    var channel: UInt8
    /// The payload characters, as offsets in the line.
    var payload: Range<Int>
    /// Fill bits added to the last payload character, 0–5.
    var fillBits: UInt8
    /// True for `VDO` (own ship), false for `VDM`.
    var ownShip: Bool

    /// Parses the sentence starting at `start` (a `!`) in `line`.
    static func parse(_ line: UnsafeRawBufferPointer, from start: Int) -> Result<NMEASentence, RejectionReason> {
        let end = line.count
        // !ttVDM, : the talker is any two characters
        guard end - start >= 7 else { return .failure(.truncated) }
        let f0 = line[start + 3]
        let f1 = line[start + 4]
        let f2 = line[start + 5]
        guard f0 == UInt8(ascii: "V"), f1 == UInt8(ascii: "D"), f2 == UInt8(ascii: "M") || f2 == UInt8(ascii: "O"),
            line[start + 6] == UInt8(ascii: ",")
        else { return .failure(.notAIS) }
        // the checksum: XOR of everything between '!' and '*'
        guard let base = line.baseAddress,
            let starPointer = memchr(base + start + 1, Int32(UInt8(ascii: "*")), end - start - 1)
        else { return .failure(.truncated) }
        let star = base.distance(to: UnsafeRawPointer(starPointer))
        guard star + 3 <= end else { return .failure(.truncated) }
        guard let expected = hexByte(line[star + 1], line[star + 2]) else { return .failure(.truncated) }
        guard xor(line, from: start + 1, to: star) == expected else { return .failure(.badChecksum) }

        // fields: total, number, sequence id, channel, payload, fill
        var cursor = start + 7
        func field() -> Range<Int>? {
            guard cursor <= star else { return nil }
            let first = cursor
            while cursor < star && line[cursor] != UInt8(ascii: ",") { cursor += 1 }
            let range = first..<cursor
            cursor += 1
            return range
        }
        guard let totalField = field(), let numberField = field(), let idField = field(),
            let channelField = field(), let payloadField = field(), let fillField = field()
        else { return .failure(.truncated) }
        guard fillField.upperBound == star else {
            // more fields than VDM has before the checksum
            return .failure(.badField)
        }
        guard totalField.count == 1, numberField.count == 1,
            let total = digit(line[totalField.lowerBound]), let number = digit(line[numberField.lowerBound]),
            total >= 1, number >= 1, number <= total
        else { return .failure(.badField) }
        var sequenceID: UInt8 = 0xFF
        if idField.count == 1, let id = digit(line[idField.lowerBound]) {
            sequenceID = id
        } else if !idField.isEmpty {
            return .failure(.badField)
        }
        let channel: UInt8 = channelField.isEmpty ? 0 : line[channelField.lowerBound]
        guard channelField.count <= 1 else { return .failure(.badField) }
        guard fillField.count == 1, let fill = digit(line[fillField.lowerBound]), fill <= 5 else {
            return .failure(.badFillBits)
        }
        return .success(
            NMEASentence(
                total: total,
                number: number,
                sequenceID: sequenceID,
                channel: channel,
                payload: payloadField,
                fillBits: fill,
                ownShip: f2 == UInt8(ascii: "O")
            )
        )
    }

    /// XOR of the bytes in `from..<to`, eight at a time.
    @inline(__always)
    static func xor(_ line: UnsafeRawBufferPointer, from: Int, to: Int) -> UInt8 {
        var i = from
        var wide: UInt64 = 0
        while i + 8 <= to {
            wide ^= line.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        var sum = UInt8(truncatingIfNeeded: wide) ^ UInt8(truncatingIfNeeded: wide >> 8)
        sum ^= UInt8(truncatingIfNeeded: wide >> 16) ^ UInt8(truncatingIfNeeded: wide >> 24)
        sum ^= UInt8(truncatingIfNeeded: wide >> 32) ^ UInt8(truncatingIfNeeded: wide >> 40)
        sum ^= UInt8(truncatingIfNeeded: wide >> 48) ^ UInt8(truncatingIfNeeded: wide >> 56)
        while i < to {
            sum ^= line[i]
            i += 1
        }
        return sum
    }

    @inline(__always)
    static func digit(_ c: UInt8) -> UInt8? {
        c >= 48 && c <= 57 ? c - 48 : nil
    }

    @inline(__always)
    static func hexByte(_ high: UInt8, _ low: UInt8) -> UInt8? {
        guard let h = hexDigit(high), let l = hexDigit(low) else { return nil }
        return h << 4 | l
    }

    @inline(__always)
    static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: return c - 48
        case 65...70: return c - 55
        case 97...102: return c - 87
        default: return nil
        }
    }
}
