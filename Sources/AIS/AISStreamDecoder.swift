#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A decoded message with what the sentence said about it.
public struct DecodedMessage: Sendable {
    /// The message.
    public var message: AISMessage
    /// The tag block of the (first) sentence, when there was one.
    public var tagBlock: TagBlock?
    /// The radio channel character (`A`, `B`, `1`, `2`), or 0 when the sentence left it empty.
    public var channel: UInt8
    /// True for `VDO` (own ship) sentences.
    public var ownShip: Bool
    /// The line number (1-based) of the last sentence of the message.
    public var line: Int

    /// The message time from the tag block's `c:` field, in milliseconds since 1970 UTC, if any.
    public var time: Int64? { tagBlock?.time }
}

/// Limits that keep a decoder's memory bounded whatever arrives.
public struct AISDecoderLimits: Sendable, Hashable {
    /// Lines longer than this many bytes are rejected as overlong.
    public var maximumLineLength = 1024
    /// Multi-sentence messages pending at once.
    public var pendingMessages = 64
    /// A pending multi-sentence message is dropped after this many further lines.
    public var fragmentTimeoutLines = 2000
    /// … or after this much tag-block time, in milliseconds.
    public var fragmentTimeoutMilliseconds: Int64 = 60_000

    public init() {}
}

/// Turns a byte stream of NMEA lines into AIS messages, counting what it rejects.
///
/// Feed it bytes in chunks of any size with ``feed(_:_:)``; call ``finish(_:)`` at the end of the
/// stream. Lines end with `\n` (an optional `\r` before it is dropped). Each line may start with an
/// NMEA 4.10 tag block. Blank lines and `#` comments are skipped; any other text before the first
/// `\` or `!` of a line is ignored (loggers often prefix a timestamp).
public struct AISStreamDecoder {
    /// What the decoder has seen so far.
    public private(set) var statistics = DecodeStatistics()
    let limits: AISDecoderLimits
    private var partial: [UInt8] = []
    private var discardingOverlong = false
    private var scratch = AISBits()
    private var assembler: FragmentAssembler

    public init(limits: AISDecoderLimits = AISDecoderLimits()) {
        self.limits = limits
        assembler = FragmentAssembler(
            capacity: limits.pendingMessages,
            timeoutLines: limits.fragmentTimeoutLines,
            timeoutMilliseconds: limits.fragmentTimeoutMilliseconds,
            maximumPayloadCharacters: 1024
        )
        partial.reserveCapacity(256)
    }

    /// True while the fragments of a multi-sentence message wait for the rest of it, or a line waits
    /// for its end. A stream may be cut at a line boundary and the parts decoded by separate
    /// decoders, with the same result, exactly when this is false at the cut.
    public var isMidMessage: Bool {
        !assembler.groups.isEmpty || !partial.isEmpty || discardingOverlong
    }

    /// Decodes every complete line in `bytes`, keeping an incomplete last line for the next call.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer, _ emit: (DecodedMessage) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var start = 0
        let count = bytes.count
        while start < count {
            let found = memchr(base + start, 0x0A, count - start)
            guard let newline = found else {
                keepPartial(UnsafeRawBufferPointer(rebasing: bytes[start...]))
                return
            }
            let end = base.distance(to: UnsafeRawPointer(newline))
            if partial.isEmpty && !discardingOverlong {
                decodeLine(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), emit)
            } else {
                keepPartial(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
                finishPartial(emit)
            }
            start = end + 1
        }
    }

    /// Ends the stream: decodes a last line that had no newline and drops pending fragments.
    public mutating func finish(_ emit: (DecodedMessage) -> Void) {
        if !partial.isEmpty || discardingOverlong { finishPartial(emit) }
        assembler.flush()
        collectDropped()
    }

    private mutating func keepPartial(_ bytes: UnsafeRawBufferPointer) {
        guard !discardingOverlong else { return }
        if partial.count + bytes.count > limits.maximumLineLength {
            discardingOverlong = true
            partial.removeAll(keepingCapacity: true)
        } else {
            partial.append(contentsOf: bytes)
        }
    }

    private mutating func finishPartial(_ emit: (DecodedMessage) -> Void) {
        if discardingOverlong {
            discardingOverlong = false
            statistics.lines += 1
            statistics.reject(.overlongLine)
            return
        }
        let line = partial
        partial.removeAll(keepingCapacity: true)
        line.withUnsafeBytes { decodeLine($0, emit) }
    }

    /// Decodes one line (without its newline).
    public mutating func decodeLine(_ rawLine: UnsafeRawBufferPointer, _ emit: (DecodedMessage) -> Void) {
        statistics.lines += 1
        var line = rawLine
        while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 {
            line = UnsafeRawBufferPointer(rebasing: line.dropLast())
        }
        guard line.count <= limits.maximumLineLength else {
            statistics.reject(.overlongLine)
            return
        }
        // skip leading blanks; blank and comment lines are not rejections
        var start = 0
        while start < line.count && (line[start] == 0x20 || line[start] == 0x09) { start += 1 }
        if start == line.count || line[start] == UInt8(ascii: "#") {
            statistics.ignoredLines += 1
            return
        }
        // find the tag block or sentence start
        while start < line.count && line[start] != UInt8(ascii: "\\") && line[start] != UInt8(ascii: "!") {
            start += 1
        }
        guard start < line.count else {
            statistics.reject(.notAIS)
            return
        }
        var tagBlock: TagBlock?
        if line[start] == UInt8(ascii: "\\") {
            var close = start + 1
            while close < line.count && line[close] != UInt8(ascii: "\\") { close += 1 }
            guard close < line.count,
                let block = TagBlock.parse(UnsafeRawBufferPointer(rebasing: line[(start + 1)..<close]))
            else {
                statistics.reject(.badTagBlock)
                return
            }
            tagBlock = block
            start = close + 1
            guard start < line.count else {
                statistics.reject(.truncated)
                return
            }
            guard line[start] == UInt8(ascii: "!") else {
                statistics.reject(.notAIS)
                return
            }
        }
        let sentence: NMEASentence
        switch NMEASentence.parse(line, from: start) {
        case .success(let s): sentence = s
        case .failure(let reason):
            statistics.reject(reason)
            return
        }
        let payload = UnsafeRawBufferPointer(rebasing: line[sentence.payload])
        if sentence.total == 1 {
            decodePayload(
                payload,
                fillBits: sentence.fillBits,
                sentence: sentence,
                tagBlock: tagBlock,
                emit
            )
            return
        }
        for c in payload where SixBit.armourValue(c) == 0xFF {
            statistics.reject(.badArmour)
            return
        }
        let outcome = assembler.add(
            sentence,
            payload: payload,
            line: statistics.lines,
            time: tagBlock?.time,
            tagBlock: tagBlock
        )
        collectDropped()
        switch outcome {
        case .pending:
            break
        case .rejected(let reason):
            statistics.reject(reason)
        case .complete(let joined, let fill, let firstTagBlock):
            joined.withUnsafeBytes {
                decodePayload($0, fillBits: fill, sentence: sentence, tagBlock: firstTagBlock ?? tagBlock, emit)
            }
        }
    }

    private mutating func collectDropped() {
        if assembler.droppedFragments > 0 {
            statistics.reject(.incompleteMessage, count: assembler.droppedFragments)
            assembler.droppedFragments = 0
        }
    }

    private mutating func decodePayload(
        _ payload: UnsafeRawBufferPointer,
        fillBits: UInt8,
        sentence: NMEASentence,
        tagBlock: TagBlock?,
        _ emit: (DecodedMessage) -> Void
    ) {
        let bitCount = payload.count * 6 - Int(fillBits)
        guard !payload.isEmpty else {
            statistics.reject(.tooShort)
            return
        }
        guard bitCount >= 0 else {
            statistics.reject(.badFillBits)
            return
        }
        scratch.removeAll()
        guard scratch.appendArmoured(payload) == nil else {
            statistics.reject(.badArmour)
            return
        }
        scratch.truncate(to: bitCount)
        do {
            let message = try AISMessage(bits: scratch)
            statistics.messagesByType[Int(message.messageType)] += 1
            emit(
                DecodedMessage(
                    message: message,
                    tagBlock: tagBlock,
                    channel: sentence.channel,
                    ownShip: sentence.ownShip,
                    line: statistics.lines
                )
            )
        } catch {
            switch error {
            case .tooShort: statistics.reject(.tooShort)
            case .unknownType: statistics.reject(.unknownType)
            case .invalidField: statistics.reject(.invalidField)
            }
        }
    }
}
