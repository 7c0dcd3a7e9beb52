/// The two 6-bit alphabets of ITU-R M.1371-5: the payload armour of IEC 61162-1 (NMEA 0183 §7.3.4)
/// and the text alphabet of M.1371-5 Annex 8 Table 47.
@usableFromInline
enum SixBit {
    /// Armour character → 6-bit value; 0xFF marks a character that is not part of the armour.
    @usableFromInline static let armourValue: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for c in 48...87 { table[c] = UInt8(c - 48) }
        for c in 96...119 { table[c] = UInt8(c - 56) }
        return table
    }()

    /// 6-bit value → armour character.
    @inline(__always)
    static func armourCharacter(_ value: UInt8) -> UInt8 {
        value < 40 ? value &+ 48 : value &+ 56
    }

    /// 6-bit value → text character (`@`, `A`–`Z`, `[\]^_`, space, `!`–`?`).
    @inline(__always)
    static func textCharacter(_ value: UInt8) -> UInt8 {
        value < 32 ? value &+ 64 : value
    }

    /// Text character → 6-bit value. Lower case is folded to upper case; characters outside the
    /// alphabet become `?`.
    static func textValue(_ character: UInt8) -> UInt8 {
        var c = character
        if c >= 97 && c <= 122 { c -= 32 }
        switch c {
        case 64...95: return c - 64
        case 32...63: return c
        default: return 63
        }
    }
}
