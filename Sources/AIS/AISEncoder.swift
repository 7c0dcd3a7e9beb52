/// Turns messages into `!AIVDM` sentences: the inverse of ``AISStreamDecoder``, for tests and the
/// traffic simulator.
public struct AISEncoder: Sendable {
    /// Talker id and sentence formatter, `AIVDM` by default.
    public var talker: StaticString = "AIVDM"
    /// Payload characters per sentence; longer messages are split (IEC 61162-1 keeps a sentence
    /// within 82 characters, which leaves room for about 60).
    public var maximumPayloadCharacters = 60

    public init() {}

    /// The sentences for `message`, each without a line ending.
    ///
    /// - Parameters:
    ///   - channel: `A` or `B` (or nil for an empty channel field).
    ///   - sequenceID: the sequential message id 0–9 used when the message needs several sentences.
    ///   - time: when given, each sentence gets an NMEA 4.10 tag block `\c:SECONDS*hh\`.
    public func sentences(
        for message: AISMessage,
        channel: Character? = "A",
        sequenceID: Int = 0,
        time: Int64? = nil,
        source: String? = nil
    ) -> [String] {
        let bits = message.bits
        let characterCount = (bits.count + 5) / 6
        let fillBits = characterCount * 6 - bits.count
        var armour = [UInt8]()
        armour.reserveCapacity(characterCount)
        for i in 0..<characterCount {
            armour.append(SixBit.armourCharacter(UInt8(truncatingIfNeeded: bits.unsigned(at: i * 6, width: 6))))
        }
        let perSentence = max(1, maximumPayloadCharacters)
        let total = max(1, (armour.count + perSentence - 1) / perSentence)
        var result: [String] = []
        for index in 0..<total {
            let chunk = armour[min(armour.count, index * perSentence)..<min(armour.count, (index + 1) * perSentence)]
            var body = "\(talker),\(total),\(index + 1),"
            if total > 1 { body += String(sequenceID % 10) }
            body += ","
            if let channel { body.append(channel) }
            body += "," + String(decoding: chunk, as: UTF8.self) + ","
            body += String(index == total - 1 ? fillBits : 0)
            var sentence = "!" + body + "*" + Self.hex(Self.checksum(body))
            if time != nil || source != nil {
                var fields: [String] = []
                if let source { fields.append("s:\(source)") }
                if let time { fields.append("c:\(time)") }
                if total > 1 { fields.append("g:\(index + 1)-\(total)-\(sequenceID)") }
                let tag = fields.joined(separator: ",")
                sentence = "\\" + tag + "*" + Self.hex(Self.checksum(tag)) + "\\" + sentence
            }
            result.append(sentence)
        }
        return result
    }

    static func checksum(_ text: String) -> UInt8 {
        text.utf8.reduce(0, ^)
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
