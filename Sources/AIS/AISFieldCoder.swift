/// Walks the fields of a message in transmission order. One description of each message layout
/// serves three purposes: reading bits into a message (``AISBitReader``), writing a message back into
/// bits (``AISBitWriter``) and printing it (the JSON writers).
///
/// Every method takes the field's width in bits, as ITU-R M.1371-5 gives it, and the field's name in
/// Kizuna's JSON form.
public protocol AISFieldCoder {
    /// True when the coder fills the fields from bits; false when it reads them.
    var isDecoding: Bool { get }
    /// The number of bits walked so far.
    var position: Int { get }
    /// Bits left after ``position`` (only meaningful when decoding).
    var remaining: Int { get }
    /// Looks at a one-bit flag at an absolute bit offset without moving (decoding only).
    func peekFlag(at offset: Int) -> Bool

    mutating func unsigned<T: FixedWidthInteger>(_ value: inout T, _ width: Int, _ name: StaticString)
    mutating func signed<T: FixedWidthInteger & SignedInteger>(_ value: inout T, _ width: Int, _ name: StaticString)
    mutating func flag(_ value: inout Bool, _ name: StaticString)
    /// An unsigned field whose value `notAvailable` means "not available" and becomes nil.
    mutating func optional<T: FixedWidthInteger>(_ value: inout T?, _ width: Int, notAvailable: T, _ name: StaticString)
    /// A scaled unsigned quantity (value = raw / divisor); raw `notAvailable` becomes nil.
    mutating func scaled(
        _ value: inout Double?,
        _ width: Int,
        divisor: Double,
        notAvailable: UInt32,
        _ name: StaticString
    )
    /// A signed coordinate in units of 1/`unitsPerDegree` degree; raw `notAvailable` becomes nil.
    mutating func coordinate(
        _ value: inout Double?,
        _ width: Int,
        unitsPerDegree: Double,
        notAvailable: Int32,
        _ name: StaticString
    )
    /// Six-bit text of `characters` characters, cut at the first `@` and stripped of trailing spaces.
    mutating func text(_ value: inout String, characters: Int, _ name: StaticString)
    /// Six-bit text filling the rest of the message, in whole characters.
    mutating func trailingText(_ value: inout String, _ name: StaticString)
    /// Binary data filling the rest of the message, or `reservingTrailing` bits short of its end.
    mutating func trailingData(_ value: inout AISBits, reservingTrailing: Int, _ name: StaticString)
    /// Bits that carry nothing.
    mutating func spare(_ width: Int)
}

extension AISFieldCoder {
    mutating func trailingData(_ value: inout AISBits, _ name: StaticString) {
        trailingData(&value, reservingTrailing: 0, name)
    }

    /// Bits up to the end of the message when decoding, or `width` bits when encoding; used for the
    /// spare bits at the end of messages that some senders leave out.
    mutating func trailingSpare(_ width: Int) {
        spare(isDecoding ? max(0, min(width, remaining)) : width)
    }
}

/// A message layout: the fields of one message type in the order ITU-R M.1371-5 transmits them.
public protocol AISMessageBody: Sendable, Hashable {
    /// An instance with every field zero, empty or nil, to be filled by a decoder.
    init()
    /// Walks every field after the 38-bit common header (type, repeat indicator, MMSI).
    mutating func code<Coder: AISFieldCoder>(_ coder: inout Coder)
    /// The fewest bits a message of this layout may have and still be decoded.
    static var minimumBits: Int { get }
}
