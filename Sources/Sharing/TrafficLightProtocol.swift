/// The Traffic Light Protocol, version 2.0 (FIRST, August 2022): how far a recipient may pass
/// something on. Kizuna shows the label everywhere and exports and federation honour it; who may
/// read a thing at all is decided by its releasability (``Labels/releasableTo``), not by the colour.
public enum TrafficLightProtocol: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Disclosure is not limited.
    case clear = "CLEAR"
    /// The recipient's community, not public channels.
    case green = "GREEN"
    /// The recipient's organisation and its clients on a need-to-know basis.
    case amber = "AMBER"
    /// The recipient's organisation only.
    case amberStrict = "AMBER+STRICT"
    /// The named recipients only, not passed on at all.
    case red = "RED"

    /// Parses the label as written in TLP 2.0 (`TLP:AMBER+STRICT` or `AMBER+STRICT`, any case).
    public init?(label: some StringProtocol) {
        var text = label.uppercased()
        if text.hasPrefix("TLP:") { text.removeFirst(4) }
        self.init(rawValue: text)
    }

    /// The label as TLP 2.0 writes it, e.g. `TLP:AMBER+STRICT`.
    public var label: String { "TLP:\(rawValue)" }

    /// Whether a node may pass a thing it received on to another organisation. TLP:RED and
    /// TLP:AMBER+STRICT stay with the organisations that received them from the owner.
    public var allowsOnwardSharing: Bool { self < .amberStrict }

    private var rank: Int {
        switch self {
        case .clear: 0
        case .green: 1
        case .amber: 2
        case .amberStrict: 3
        case .red: 4
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
