/// The labels every shared thing carries (records, events, zones, vessel annotations).
///
/// `releasableTo` names organisations, nations (ISO 3166-1 alpha-3) and sharing groups; an empty
/// list means the owner only. ``ReleasabilityPolicy`` decides every read from these labels.
public struct Labels: Sendable, Hashable, Codable {
    /// The organisation that wrote the thing (its id).
    public var owner: String
    public var tlp: TrafficLightProtocol
    /// Organisation ids, nation codes and group ids that may read the thing besides the owner.
    public var releasableTo: [String]
    /// A classification marking shown as text (e.g. "RESTRICTED"); Kizuna does not interpret it.
    public var classification: String?

    public init(owner: String, tlp: TrafficLightProtocol, releasableTo: [String] = [], classification: String? = nil) {
        self.owner = owner
        self.tlp = tlp
        self.releasableTo = releasableTo
        self.classification = classification
    }

    /// Checks the labels' form: the owner an organisation id, every releasability entry an
    /// organisation, nation or group id, the classification short printable text.
    public func validate() throws(SharingError) {
        guard Identifier.isValid(owner) else { throw .malformedLabels("owner \"\(owner)\" is not an organisation id") }
        guard releasableTo.count <= Self.maximumReleasability else {
            throw .malformedLabels(
                "releasableTo names \(releasableTo.count) entries; at most \(Self.maximumReleasability)"
            )
        }
        for entry in releasableTo where !Identifier.isValid(entry) {
            throw .malformedLabels("releasableTo entry \"\(entry)\" is not an organisation, nation or group id")
        }
        if let classification {
            guard classification.count <= 64,
                classification.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
            else { throw .malformedLabels("classification must be at most 64 printable characters") }
        }
    }

    /// Most entries a `releasableTo` list may hold.
    public static let maximumReleasability = 256
}

/// Ids of organisations, groups and nations: 1–64 ASCII letters, digits and '-', not starting
/// with '-'.
public enum Identifier {
    public static func isValid(_ id: some StringProtocol) -> Bool {
        guard (1...64).contains(id.utf8.count), id.utf8.first != UInt8(ascii: "-") else { return false }
        return id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-")
        }
    }

    /// Whether the id has the form of an ISO 3166-1 alpha-3 code (three upper-case letters).
    public static func isNationCode(_ id: some StringProtocol) -> Bool {
        id.utf8.count == 3 && id.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }
}
