import Crypto
import Foundation

/// The STIX 2.1 object properties Kizuna writes and reads (OASIS STIX 2.1, §3 common properties,
/// §4 SDOs `identity`, `incident`, `location`, `note`, `report`, §5 `relationship`, §7.2
/// `marking-definition`), plus Kizuna's custom `x_kizuna_*` properties (§11.1). Absent properties
/// are nil and not written; properties of other types are ignored on reading.
struct STIXObject: Codable, Sendable, Hashable {
    var type: String
    var specVersion: String? = "2.1"
    var id: String
    var created: String?
    var modified: String?
    var createdByRef: String?
    var objectMarkingRefs: [String]?
    var name: String?
    var description: String?
    var abstract: String?
    var content: String?
    var published: String?
    var reportTypes: [String]?
    var objectRefs: [String]?
    var identityClass: String?
    var latitude: Double?
    var longitude: Double?
    var relationshipType: String?
    var sourceRef: String?
    var targetRef: String?
    var extensions: [String: Extension]?
    var xKizunaOrganisation: String?
    var xKizunaVersion: Int?
    var xKizunaOrigin: String?
    var xKizunaAuthor: String?
    var xKizunaTime: String?
    var xKizunaReleasableTo: [String]?
    var xKizunaClassification: String?
    var xKizunaVessels: [UInt32]?
    var xKizunaEvents: [String]?
    /// The vessel an `identity` stands for (ITU-R M.585 MMSI).
    var xKizunaMMSI: UInt32?

    init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    /// An entry of `extensions`; only the TLP 2.0 property extension's members are read.
    struct Extension: Codable, Sendable, Hashable {
        var extensionType: String?
        var tlp20: String?

        init(extensionType: String?, tlp20: String?) {
            self.extensionType = extensionType
            self.tlp20 = tlp20
        }

        enum CodingKeys: String, CodingKey {
            case extensionType = "extension_type"
            case tlp20 = "tlp_2_0"
        }
    }

    enum CodingKeys: String, CodingKey {
        case type, id, created, modified, name, description, abstract, content, published, latitude, longitude
        case extensions
        case specVersion = "spec_version"
        case createdByRef = "created_by_ref"
        case objectMarkingRefs = "object_marking_refs"
        case reportTypes = "report_types"
        case objectRefs = "object_refs"
        case identityClass = "identity_class"
        case relationshipType = "relationship_type"
        case sourceRef = "source_ref"
        case targetRef = "target_ref"
        case xKizunaOrganisation = "x_kizuna_organisation"
        case xKizunaVersion = "x_kizuna_version"
        case xKizunaOrigin = "x_kizuna_origin"
        case xKizunaAuthor = "x_kizuna_author"
        case xKizunaTime = "x_kizuna_time"
        case xKizunaReleasableTo = "x_kizuna_releasable_to"
        case xKizunaClassification = "x_kizuna_classification"
        case xKizunaVessels = "x_kizuna_vessels"
        case xKizunaEvents = "x_kizuna_events"
        case xKizunaMMSI = "x_kizuna_mmsi"
    }
}

/// STIX 2.1 timestamps (§3.2): RFC 3339 in UTC with a `Z`; Kizuna writes milliseconds, as the
/// standard requires of `created` and `modified`.
enum STIXTimestamp {
    static func string(_ seconds: Int64) -> String {
        Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        )
    }

    /// Whole seconds since 1970 UTC (fractions dropped), or nil when not a `…Z` timestamp.
    static func seconds(_ text: String) -> Int64? {
        guard text.hasSuffix("Z") else { return nil }
        let date =
            (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
        return date.map { Int64($0.timeIntervalSince1970.rounded(.down)) }
    }
}

/// Name-based UUIDs (RFC 9562 §5.5, version 5, SHA-1) in Kizuna's namespace, so that exporting the
/// same records twice gives the same identity, location and relationship ids.
enum STIXIdentifier {
    /// Kizuna's namespace, a random UUID fixed once.
    private static let namespace: [UInt8] = [
        0x6b, 0x2f, 0x4e, 0x1c, 0x93, 0x0a, 0x4d, 0x57, 0xa4, 0x12, 0x5c, 0x8e, 0x31, 0xd7, 0x0f, 0x66,
    ]

    static func make(_ type: String, name: String) -> String {
        var bytes = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = Hex.string(bytes)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            hex.utf8.dropFirst(range.lowerBound).prefix(range.count)
        }
        return type + "--" + parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "-")
    }
}
