/// Why a line or a fragment was not turned into a message. Every rejected line is counted under
/// exactly one reason (``DecodeStatistics``).
public enum RejectionReason: String, CaseIterable, Sendable, Hashable, Codable, Error {
    /// The `*hh` checksum of the sentence does not match its contents (IEC 61162-1 §7.2.3).
    case badChecksum = "bad_checksum"
    /// The sentence ends before all its fields (no `*hh`, missing commas).
    case truncated
    /// A payload character is outside the 6-bit armour (IEC 61162-1 §7.3.4).
    case badArmour = "bad_armour"
    /// The fill-bits field is not a digit 0–5, or is larger than the payload.
    case badFillBits = "bad_fill_bits"
    /// The payload has fewer bits than its message type needs (or none at all).
    case tooShort = "too_short"
    /// The message type is 0 or 28–63, which ITU-R M.1371-5 does not define.
    case unknownType = "unknown_type"
    /// A field holds a value the standard forbids (type 24 part 2 or 3).
    case invalidField = "invalid_field"
    /// A fragment with no first part before it, or not the next part expected.
    case orphanFragment = "orphan_fragment"
    /// Fragments of a message that never completed: dropped when a newer group took their slot, when
    /// too many groups were pending, or when they waited too long.
    case incompleteMessage = "incomplete_message"
    /// A line longer than the decoder's limit.
    case overlongLine = "overlong_line"
    /// A line that is not an AIVDM/AIVDO sentence (other NMEA, text).
    case notAIS = "not_ais"
    /// A tag block that is malformed or fails its own checksum (NMEA 0183 4.10 §7.9).
    case badTagBlock = "bad_tag_block"
    /// Sentence fields out of range: fragment count or number, sequence id.
    case badField = "bad_field"
}
