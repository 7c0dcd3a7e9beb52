/// Joins the sentences of multi-sentence messages (IEC 61162-1 VDM fields 1–3), keyed by channel,
/// sequential message id (which may be empty) and fragment count.
///
/// Memory is bounded: at most ``capacity`` messages are pending at once, each at most
/// ``maximumPayloadCharacters`` long; the oldest pending message makes room for a new one. A pending
/// message also expires after ``timeoutLines`` lines or, when tag blocks give times, after
/// ``timeoutMilliseconds`` of data time.
struct FragmentAssembler {
    struct Group {
        var key: UInt32
        var expected: UInt8
        var total: UInt8
        var fragments: Int
        var payload: [UInt8]
        var startLine: Int
        var startTime: Int64?
        var tagBlock: TagBlock?
    }

    enum Outcome {
        /// The fragment was kept; the message is not complete yet.
        case pending
        /// The message is complete: its armoured payload, fill bits of the last sentence and first tag block.
        case complete(payload: [UInt8], fillBits: UInt8, tagBlock: TagBlock?)
        /// The fragment cannot be used.
        case rejected(RejectionReason)
    }

    let capacity: Int
    let timeoutLines: Int
    let timeoutMilliseconds: Int64
    let maximumPayloadCharacters: Int
    private(set) var groups: [Group] = []
    /// Fragments dropped because their message never completed (added to the statistics by the caller).
    var droppedFragments = 0

    init(capacity: Int, timeoutLines: Int, timeoutMilliseconds: Int64, maximumPayloadCharacters: Int) {
        self.capacity = max(1, capacity)
        self.timeoutLines = timeoutLines
        self.timeoutMilliseconds = timeoutMilliseconds
        self.maximumPayloadCharacters = maximumPayloadCharacters
        groups.reserveCapacity(self.capacity)
    }

    static func key(channel: UInt8, sequenceID: UInt8, total: UInt8) -> UInt32 {
        UInt32(channel) << 16 | UInt32(sequenceID) << 8 | UInt32(total)
    }

    mutating func add(
        _ sentence: NMEASentence,
        payload: UnsafeRawBufferPointer,
        line: Int,
        time: Int64?,
        tagBlock: TagBlock?
    ) -> Outcome {
        expire(line: line, time: time)
        let key = Self.key(channel: sentence.channel, sequenceID: sentence.sequenceID, total: sentence.total)
        let index = groups.firstIndex { $0.key == key }
        if sentence.number == 1 {
            if let index { drop(at: index) }
            if groups.count >= capacity { drop(at: 0) }
            groups.append(
                Group(
                    key: key,
                    expected: 2,
                    total: sentence.total,
                    fragments: 1,
                    payload: Array(payload),
                    startLine: line,
                    startTime: time,
                    tagBlock: tagBlock
                )
            )
            return .pending
        }
        guard let index else { return .rejected(.orphanFragment) }
        guard groups[index].expected == sentence.number else {
            drop(at: index)
            return .rejected(.orphanFragment)
        }
        guard groups[index].payload.count + payload.count <= maximumPayloadCharacters else {
            drop(at: index)
            return .rejected(.overlongLine)
        }
        groups[index].payload.append(contentsOf: payload)
        groups[index].fragments += 1
        groups[index].expected += 1
        guard sentence.number == groups[index].total else { return .pending }
        let group = groups.remove(at: index)
        return .complete(payload: group.payload, fillBits: sentence.fillBits, tagBlock: group.tagBlock)
    }

    /// Drops every pending message (at the end of a stream).
    mutating func flush() {
        while !groups.isEmpty { drop(at: 0) }
    }

    private mutating func drop(at index: Int) {
        droppedFragments += groups[index].fragments
        groups.remove(at: index)
    }

    private mutating func expire(line: Int, time: Int64?) {
        guard !groups.isEmpty else { return }
        var i = 0
        while i < groups.count {
            let group = groups[i]
            let tooOld =
                line - group.startLine > timeoutLines
                || (time != nil && group.startTime != nil && time! - group.startTime! > timeoutMilliseconds)
            if tooOld { drop(at: i) } else { i += 1 }
        }
    }
}
