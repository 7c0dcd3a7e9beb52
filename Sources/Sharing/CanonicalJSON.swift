/// The canonical JSON text of RFC 8785 (JSON Canonicalization Scheme) for the values the audit
/// chain and checkpoints write: strings and integers below 2^53, in objects whose members the
/// caller writes in sorted key order, with no whitespace.
///
/// Strings (RFC 8785 §3.2.2.2): `"` and `\` escaped with a backslash; U+0008, U+0009, U+000A,
/// U+000C and U+000D as `\b \t \n \f \r`; the other code points below U+0020 as `\u00xx` with
/// lower-case hex; everything else as its UTF-8 bytes, unescaped.
enum CanonicalJSON {
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += Array(#"\b"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0C: out += Array(#"\f"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x00..<0x20: out += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// `{"k1":v1,"k2":v2}` from members already in sorted key order and values already written.
    static func object(_ members: KeyValuePairs<String, String>) -> String {
        "{" + members.map { quoted($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
