extension SharedRecord {
    /// What is wrong with the record's fields (other than its labels), or nil: the id a lower-case
    /// UUID (RFC 9562 text form), the version at least 1, the origin an organisation id, latitude
    /// and longitude both or neither and within ±90° and ±180°.
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
        return nil
    }

    /// Whether `text` is 8-4-4-4-12 lower-case hex digits.
    static func isLowercaseUUID(_ text: some StringProtocol) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.utf8.count) == [8, 4, 4, 4, 12]
            && groups.allSatisfy { Hex.isLowercase($0, count: $0.utf8.count) }
    }
}
