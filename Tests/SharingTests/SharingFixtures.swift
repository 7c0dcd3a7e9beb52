import Sharing

/// Records and readers the sharing tests share: a Japanese ministry, a British ministry and NATO
/// headquarters, in the IP4-style group `ip4`.
enum SharingFixtures {
    static let japan = Reader(organisation: "jp-mod", nation: "JPN", groups: ["ip4"])
    static let britain = Reader(organisation: "gb-mod", nation: "GBR", groups: [])
    static let nato = Reader(organisation: "nato-hq", nation: nil, groups: ["ip4"])

    /// The node keys of the three organisations, made once per test run.
    static let keys: [String: NodeKey] = ["jp-mod": .generate(), "gb-mod": .generate(), "nato-hq": .generate()]

    /// A record with a UUID made from `n`, so that tests can name many distinct ones, signed by its
    /// origin's key from ``keys``.
    static func record(
        _ n: Int,
        version: Int = 1,
        kind: SharedRecord.Kind = .observation,
        owner: String = "gb-mod",
        tlp: TrafficLightProtocol = .amber,
        releasableTo: [String] = ["nato-hq"],
        origin: String? = nil,
        position: (Double, Double)? = nil
    ) -> SharedRecord {
        let hex = String(n, radix: 16)
        let id = "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
        return SharedRecord(
            id: id,
            version: version,
            kind: kind,
            title: "Record \(n) — 記録",
            body: "Line one\nline \"two\" with a \\ and a tab\t.",
            time: 1_790_000_000 + Int64(n),
            latitude: position?.0,
            longitude: position?.1,
            // an annotation is about exactly one vessel; two annotations share one
            vessels: kind == .annotation
                ? [n.isMultiple(of: 2) ? 412_000_001 : 431_000_000 + UInt32(n)]
                : n.isMultiple(of: 2) ? [431_000_000 + UInt32(n), 412_000_001] : [],
            events: n.isMultiple(of: 3) ? ["event-\(n)"] : [],
            labels: Labels(
                owner: owner,
                tlp: tlp,
                releasableTo: releasableTo,
                classification: n.isMultiple(of: 2) ? "RESTRICTED" : nil
            ),
            origin: origin ?? owner,
            author: "analyst\(n)",
            updated: 1_790_000_100 + Int64(n) * 7
        ).signed(with: keys[origin ?? owner] ?? .generate())
    }
}
