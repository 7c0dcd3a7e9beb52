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

extension CanonicalJSON {
    /// `{"k1":v1,"k2":v2}` from members in any order, sorted here by key. RFC 8785 §3.2.3 sorts by
    /// UTF-16 code units; for the ASCII keys Kizuna signs that is byte order.
    static func object(sorting members: [(key: String, value: String)]) -> String {
        "{" + members.sorted { $0.key < $1.key }.map { quoted($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }

    /// `[v1,v2]` from values already written.
    static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }

    /// A number as RFC 8785 §3.2.2.3 writes it, which is ECMAScript's `Number.prototype.toString`
    /// (ECMA-262 §6.1.6.1.20): the shortest digits that read back to the same double, in plain
    /// notation for decimal exponents from -6 to 20 and in `1.5e+21` form outside them; -0 as `0`.
    /// Swift's `description` already gives the shortest round-trip digits; only the layout differs.
    /// NaN and infinities have no JSON form; the caller never passes them.
    static func number(_ x: Double) -> String {
        if x == 0 { return "0" }
        let text = x.magnitude.description  // "123.45", "1e-07", "1.5e+20"
        let parts = text.split(separator: "e")
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let exponent = parts.count > 1 ? Int(parts[1])! : 0
        var digits = Array(mantissa[0] + (mantissa.count > 1 ? mantissa[1] : ""))
        // the value is 0.d1d2…dk × 10^n, with no leading or trailing zero digits
        var n = mantissa[0].count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            n -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        let k = digits.count
        let d = String(digits)
        let out: String
        if k <= n && n <= 21 {
            out = d + String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            out = String(digits[..<n]) + "." + String(digits[n...])
        } else if -6 < n && n <= 0 {
            out = "0." + String(repeating: "0", count: -n) + d
        } else {
            let e = n - 1
            let sign = e < 0 ? "-" : "+"
            out = String(digits[0]) + (k > 1 ? "." + String(digits[1...]) : "") + "e" + sign + String(e.magnitude)
        }
        return x < 0 ? "-" + out : out
    }
}
