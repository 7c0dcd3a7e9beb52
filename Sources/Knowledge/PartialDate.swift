/// A calendar date known to the year, the month or the day (proleptic Gregorian, no time zone).
///
/// The documents often date a fact only to a year ("signed in 2022") or a month ("in July 2023");
/// a `PartialDate` keeps exactly what is known. Written as ISO 8601 calendar dates of reduced
/// precision: `2014`, `2023-07`, `2023-07-12`.
///
/// Ordering compares the first day each date covers, and among dates with the same first day the
/// less precise one comes first.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year
        case month
        case day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The year, four digits in the text form.
    public let year: Int
    /// The month, 1–12, when known.
    public let month: Int?
    /// The day of the month, when known (only with a month).
    public let day: Int?

    /// Makes a date; nil when the parts do not name a real calendar date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.map { Int($0)! }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil
        )
    }

    /// How much of the date is known.
    public var precision: Precision {
        if day != nil { return .day }
        return month != nil ? .month : .year
    }

    /// The first day the date covers: 2014 → 2014-01-01, 2023-07 → 2023-07-01.
    public var firstDay: PartialDate {
        PartialDate(uncheckedYear: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date covers: 2017 → 2017-12-31, 2024-02 → 2024-02-29.
    public var lastDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(
            uncheckedYear: year,
            month: lastMonth,
            day: day ?? PartialDate.daysIn(month: lastMonth, year: year)
        )
    }

    /// The ISO 8601 text, as precise as the date is.
    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += "-" + PartialDate.twoDigits(month) }
        if let day { text += "-" + PartialDate.twoDigits(day) }
        return text
    }

    /// True when `other` (read as a day) falls within the period this date covers.
    public func covers(_ other: PartialDate) -> Bool {
        firstDay <= other.firstDay && other.lastDay <= lastDay
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = (lhs.year, lhs.month ?? 1, lhs.day ?? 1)
        let right = (rhs.year, rhs.month ?? 1, rhs.day ?? 1)
        if left != right { return left < right }
        return lhs.precision < rhs.precision
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }
}

extension PartialDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "not a YYYY, YYYY-MM or YYYY-MM-DD date: \(text)"
            )
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension PartialDate {
    /// The day after this date's last day.
    public var nextDay: PartialDate {
        let last = lastDay
        if let next = PartialDate(year: last.year, month: last.month, day: last.day! + 1) { return next }
        if let next = PartialDate(year: last.year, month: last.month! + 1, day: 1) { return next }
        return PartialDate(year: last.year + 1, month: 1, day: 1) ?? last
    }
}
