/// The two 6-bit alphabets of ITU-R M.1371-5: the payload armour of IEC 61162-1 (NMEA 0183 §7.3.4)
/// and the text alphabet of M.1371-5 Annex 8 Table 47.
@usableFromInline
enum SixBit {
    /// Armour character → 6-bit value (`0`–`W` → 0–39, `` ` ``–`w` → 40–63); 0xFF for a character
    /// that is not part of the armour.
    @inlinable @inline(__always)
    static func armourValue(_ c: UInt8) -> UInt8 {
        let low = c &- 48
        if low < 40 { return low }
        let high = c &- 56
        return high &- 40 < 24 ? high : 0xFF
    }

    /// Armour character → 6-bit value, as a table; invalid characters map to 0xFF.
    static let armourTable: [UInt8] = (0...255).map { armourValue(UInt8($0)) }

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
