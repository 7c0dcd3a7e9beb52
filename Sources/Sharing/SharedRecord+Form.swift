import Foundation

extension SharedRecord {
    /// What is wrong with the record's fields (other than its labels), or nil: the id a lower-case
    /// UUID (RFC 9562 text form), the version at least 1, the origin an organisation id, latitude
    /// and longitude both or neither and within ±90° and ±180°, an annotation (but for its tombstone, which
    /// links nothing) about exactly one vessel (an MMSI of at most 9 digits, ITU-R M.585).
    public var formProblem: String? {
        guard Self.isLowercaseUUID(id) else { return "id \"\(id.prefix(64))\" is not a lower-case UUID" }
        guard version >= 1 else { return "version \(version) is below 1" }
        guard Identifier.isValid(origin) else { return "origin \"\(origin.prefix(64))\" is not an organisation id" }
        switch (latitude, longitude) {
        case (nil, nil): break
        case (let lat?, let lon?):
            guard (-90...90).contains(lat), (-180...180).contains(lon) else {
                return "position \(lat), \(lon) is outside ±90°, ±180°"
            }
        default: return "latitude and longitude must be given both or neither"
        }
        if kind == .annotation, !isDeleted {
            guard vessels.count == 1 else {
                return "an annotation names exactly one vessel (MMSI); this one names \(vessels.count)"
            }
            guard (1...999_999_999).contains(vessels[0]) else {
                return "an annotation's vessel \(vessels[0]) is not an MMSI of at most 9 digits"
            }
        }
        return nil
    }

    /// A title for a text written without one: its first non-empty line, cut after
    /// ``summaryLength`` characters with "…".
    public static func title(summarising text: String) -> String {
        let line =
            text.split(whereSeparator: \.isNewline).lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
        return line.count <= summaryLength ? line : String(line.prefix(summaryLength - 1)) + "…"
    }

    /// Most characters of a title made by ``title(summarising:)``.
    public static let summaryLength = 80

    /// Whether `text` is 8-4-4-4-12 lower-case hex digits.
    static func isLowercaseUUID(_ text: some StringProtocol) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.utf8.count) == [8, 4, 4, 4, 12]
            && groups.allSatisfy { Hex.isLowercase($0, count: $0.utf8.count) }
    }
}
