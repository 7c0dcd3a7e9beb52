import Foundation

/// What a STIX 2.1 bundle from any producer (Kizuna, MISP, OpenCTI, the `stix2` package) offers to
/// import as records of the importing organisation, object by object.
///
/// Every `incident`, `note` and `report` with exactly one TLP 2.0 marking becomes an ``Item``; the
/// `x_kizuna_*` properties a Kizuna export writes are used when present and not required. Markings,
/// identities, locations and `located-at` relationships are context (``context``). Every other
/// object, and every record object that cannot be read, is listed in ``skipped`` with the reason:
/// nothing is dropped unsaid. Owner, origin, author and version are the importer's, not the bundle's.
public struct STIXImportOffer: Sendable {
    /// One record object of the bundle, read.
    public struct Item: Sendable, Hashable {
        /// The object's STIX id, `type--UUID`.
        public var stixID: String
        /// The UUID of ``stixID`` when it is in lower case, as the id of a Kizuna record is.
        public var recordID: String?
        public var kind: SharedRecord.Kind
        public var title: String
        public var body: String
        /// When the thing happened, seconds since 1970 UTC: `x_kizuna_time`, else a report's
        /// `published`, else `created`; nil without any.
        public var time: Int64?
        /// Degrees (WGS 84), from the object's `located-at` location.
        public var latitude: Double?
        public var longitude: Double?
        /// MMSIs: `x_kizuna_vessels`, else the vessel identities the object refers to.
        public var vessels: [UInt32]
        public var events: [String]
        public var tlp: TrafficLightProtocol
        /// `x_kizuna_releasable_to` as written (empty when absent).
        public var releasableTo: [String]
        public var classification: String?
    }

    public var items: [Item] = []
    /// Objects not imported, each with its STIX id and why.
    public var skipped: [STIXImportError] = []
    /// How many objects were read as context for the records.
    public var context = 0

    /// Object types read as context for records rather than imported.
    static let contextTypes: Set<String> = ["marking-definition", "extension-definition", "identity", "location"]

    /// - Throws: ``STIXImportError`` (without an object) when the text is not a STIX bundle, and
    ///   naming the object when a marking object misuses a TLP 2.0 id.
    public init(json: Data) throws(STIXImportError) {
        let bundle = try STIXContents(json)
        skipped = bundle.unreadable
        for object in bundle.objects {
            if Self.contextTypes.contains(object.type)
                || (object.type == "relationship" && object.relationshipType == "located-at")
            {
                context += 1
                continue
            }
            guard let kind = bundle.kind(of: object) else {
                let what =
                    object.type == "relationship"
                    ? "relationship type \"\(object.relationshipType ?? "")\"" : "STIX type \"\(object.type)\""
                skipped.append(
                    STIXImportError(
                        object: object.id,
                        "\(what) is not imported; records come from incident, note and report"
                    )
                )
                continue
            }
            do { items.append(try Self.item(object, kind: kind, bundle)) } catch { skipped.append(error) }
        }
    }

    /// The id of the record made when `organisation` imports the object `stixID`: a name-based UUID
    /// (RFC 9562 §5.5), the same every time, so that importing a bundle again finds what it made.
    public static func recordID(importing stixID: String, by organisation: String) -> String {
        String(STIXIdentifier.make("x", name: "import:\(organisation):\(stixID)").dropFirst(3))
    }

    private static func item(
        _ object: STIXObject,
        kind: SharedRecord.Kind,
        _ bundle: STIXContents
    ) throws(STIXImportError) -> Item {
        let tlp = try bundle.marking(of: object)
        let title: String
        let body: String
        switch kind {
        case .observation, .annotation:
            guard let content = object.content else { throw STIXImportError(object: object.id, "has no content") }
            let abstract = object.abstract?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            title = abstract.isEmpty ? SharedRecord.title(summarising: content) : abstract
            body = content
        case .incident, .assessment:
            guard let name = object.name else { throw STIXImportError(object: object.id, "has no name") }
            title = name
            body = object.description ?? ""
        }
        var time: Int64?
        for (property, text) in [
            ("x_kizuna_time", object.xKizunaTime), ("published", object.published), ("created", object.created),
        ] {
            guard let text else { continue }
            guard let seconds = STIXTimestamp.seconds(text) else {
                throw STIXImportError(object: object.id, "\(property) \"\(text)\" is not a STIX timestamp")
            }
            time = seconds
            break
        }
        let position = try bundle.position(of: object)
        let prefix = object.type + "--"
        let uuid = object.id.hasPrefix(prefix) ? String(object.id.dropFirst(prefix.count)) : ""
        return Item(
            stixID: object.id,
            recordID: SharedRecord.isLowercaseUUID(uuid) ? uuid : nil,
            kind: kind,
            title: title,
            body: body,
            time: time,
            latitude: position?.latitude,
            longitude: position?.longitude,
            vessels: object.xKizunaVessels ?? bundle.vessels(referencedBy: object),
            events: object.xKizunaEvents ?? [],
            tlp: tlp,
            releasableTo: object.xKizunaReleasableTo ?? [],
            classification: object.xKizunaClassification
        )
    }
}
