import AIS
import Foundation

/// Decoding helpers for tests.
public enum AISDecoding {
    /// Decodes all of `bytes` in one call, returning the messages and the statistics.
    public static func decodeAll(_ bytes: some DataProtocol) -> ([DecodedMessage], DecodeStatistics) {
        var decoder = AISStreamDecoder()
        var messages: [DecodedMessage] = []
        let array = Array(bytes)
        array.withUnsafeBytes { decoder.feed($0) { messages.append($0) } }
        decoder.finish { messages.append($0) }
        return (messages, decoder.statistics)
    }

    /// Decodes `bytes` fed in chunks of `chunkSize` bytes.
    public static func decodeChunked(_ bytes: [UInt8], chunkSize: Int) -> ([DecodedMessage], DecodeStatistics) {
        var decoder = AISStreamDecoder()
        var messages: [DecodedMessage] = []
        bytes.withUnsafeBytes { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + chunkSize)
                decoder.feed(UnsafeRawBufferPointer(rebasing: all[start..<end])) { messages.append($0) }
                start = end
            }
        }
        decoder.finish { messages.append($0) }
        return (messages, decoder.statistics)
    }

    /// Decodes one sentence (or several, joined by newlines) and returns the single message it holds.
    public static func message(_ text: String) -> AISMessage? {
        let (messages, _) = decodeAll(Array(text.utf8) + [10])
        return messages.count == 1 ? messages[0].message : nil
    }
}

/// Builds NMEA lines for tests.
public enum NMEAText {
    /// `!` + `body` + `*hh` with the correct checksum.
    public static func sentence(_ body: String) -> String {
        "!\(body)*\(hex(checksum(body)))"
    }

    /// A tag block `\body*hh\` with the correct checksum.
    public static func tagBlock(_ body: String) -> String {
        "\\\(body)*\(hex(checksum(body)))\\"
    }

    /// XOR of the bytes of `text`.
    public static func checksum(_ text: some StringProtocol) -> UInt8 {
        text.utf8.reduce(0, ^)
    }

    /// Two upper-case hexadecimal digits.
    public static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
