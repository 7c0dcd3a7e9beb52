/// Flag states from the Maritime Identification Digits (MID) of a ship's MMSI, ITU-R M.585 and the
/// ITU's MID table. Only the states most seen around Japan are listed; others read as nil.
public enum MaritimeIdentity {
    /// ISO 3166-1 alpha-2 code of the flag for a ship-station MMSI (`MIDxxxxxx`), or nil.
    public static func flag(of mmsi: UInt32) -> String? {
        guard mmsi >= 200_000_000, mmsi < 800_000_000 else { return nil }
        return flags[Int(mmsi / 1_000_000)]
    }

    private static let flags: [Int: String] = {
        var table: [Int: String] = [:]
        let ranges: [(String, [Int])] = [
            ("JP", [431, 432]), ("CN", [412, 413, 414]), ("KR", [440, 441]), ("TW", [416]), ("HK", [477]),
            ("KP", [445]), ("RU", [273]), ("US", [338, 366, 367, 368, 369]), ("PH", [548]), ("VN", [574]),
            ("SG", [563, 564, 565, 566]), ("PA", [351, 352, 353, 354, 355, 356, 357, 370, 371, 372, 373]),
            ("LR", [636, 637]), ("MH", [538]), ("MT", [215, 229, 248, 249, 256]), ("BS", [308, 309, 311]),
            ("GR", [237, 239, 240, 241]), ("CY", [209, 210, 212]), ("GB", [232, 233, 234, 235]), ("AU", [503]),
            ("IN", [419]), ("ID", [525]), ("MY", [533]), ("TH", [567]), ("NZ", [512]), ("CA", [316]),
            ("FR", [226, 227, 228]), ("DE", [211, 218]), ("NL", [244, 245, 246]), ("NO", [257, 258, 259]),
            ("DK", [219, 220]), ("IT", [247]), ("ES", [224, 225]), ("MN", [457]), ("KH", [514, 515]),
            ("TG", [671]), ("SL", [667]), ("KM", [616]), ("CM", [613]), ("TZ", [674, 677]), ("PW", [511]),
        ]
        for (flag, mids) in ranges { for mid in mids { table[mid] = flag } }
        return table
    }()
}
