/// Time in the picture: milliseconds since 1970-01-01T00:00:00Z, always taken from the data
/// (tag blocks, CSV columns), never from the wall clock.
public typealias Milliseconds = Int64

/// ISO 8601 formatting and parsing of UTC times, without Foundation.
public enum ISOTime {
    /// `2024-01-01T00:00:00Z`, or with `.sss` when the milliseconds are not zero.
    public static func format(_ ms: Milliseconds) -> String {
        var secs = ms / 1000
        var milli = ms % 1000
        if milli < 0 {
            milli += 1000
            secs -= 1
        }
        var days = secs / 86_400
        var rem = secs % 86_400
        if rem < 0 {
            rem += 86_400
            days -= 1
        }
        let (y, m, d) = civil(fromDays: days)
        var s = pad(Int(y), 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T"
        s += pad(Int(rem / 3600), 2) + ":" + pad(Int(rem % 3600 / 60), 2) + ":" + pad(Int(rem % 60), 2)
        if milli != 0 { s += "." + pad(Int(milli), 3) }
        return s + "Z"
    }

    private static func pad(_ v: Int, _ n: Int) -> String {
        let s = String(v)
        return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    public static func days(year: Int64, month: Int, day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int64, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = Int(doy - (153 * mp + 2) / 5 + 1)
        let m = Int(mp < 10 ? mp + 3 : mp - 9)
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// Milliseconds for year, month, day, hour, minute, second (UTC).
    public static func milliseconds(
        year: Int64,
        month: Int,
        day: Int,
        hour: Int = 0,
        minute: Int = 0,
        second: Int = 0,
        millisecond: Int = 0
    ) -> Milliseconds {
        (days(year: year, month: month, day: day) * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000
            + Int64(millisecond)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z]` (a space may stand for `T`), or a
    /// number of seconds since 1970. Offsets other than `Z` are not accepted. Nil when malformed.
    public static func parse(_ text: some StringProtocol) -> Milliseconds? {
        let b = Array(text.utf8)
        if !b.isEmpty, b.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let v = Int64(String(text)) {
            return v > 100_000_000_000 ? v : v * 1000
        }
        func num(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= b.count else { return nil }
            var v = 0
            for k in from..<from + n {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), let y = num(0, 4),
            let mo = num(5, 2), let d = num(8, 2), (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var h = 0
        var mi = 0
        var s = 0
        var ms = 0
        var i = 10
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") {
            guard let hh = num(11, 2), b.count >= 16, b[13] == UInt8(ascii: ":"), let mm = num(14, 2) else {
                return nil
            }
            h = hh
            mi = mm
            i = 16
            if i < b.count, b[i] == UInt8(ascii: ":") {
                guard let ss = num(17, 2) else { return nil }
                s = ss
                i = 19
                if i < b.count, b[i] == UInt8(ascii: ".") {
                    i += 1
                    var scale = 100
                    while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
                        ms += Int(b[i] - 0x30) * scale
                        scale /= 10
                        i += 1
                    }
                }
            }
        }
        if i < b.count, b[i] == UInt8(ascii: "Z") { i += 1 }
        guard i == b.count, h < 24, mi < 60, s < 61 else { return nil }
        return milliseconds(year: Int64(y), month: mo, day: d, hour: h, minute: mi, second: s, millisecond: ms)
    }
}
