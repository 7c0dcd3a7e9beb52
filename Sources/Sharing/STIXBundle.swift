import Foundation

/// Shared records as a STIX 2.1 bundle (OASIS STIX 2.1, §8) with TLP 2.0 markings, for partners
/// whose tools speak STIX (MISP, OpenCTI); and such bundles read back into records.
///
/// Mapping (docs/sharing.md, "STIX 2.1"): an incident is an `incident`, an observation a `note`, an
/// assessment a `report` (`report_types: ["assessment"]`), a vessel annotation a `note` whose
/// `object_refs` names the vessel's `identity` (`identity_class: "system"`, `x_kizuna_mmsi`), each
/// with the record's UUID as its own,
/// `created_by_ref` the owner organisation's `identity`, `object_marking_refs` the TLP 2.0 marking,
/// and the rest of the record in `x_kizuna_*` properties. A position is a `location` joined by a
/// `located-at` relationship. Exporting the same records gives the same bytes.
public struct STIXBundle: Sendable {
    /// The bundle's id, `bundle--UUID`.
    public var id: String
    var objects: [STIXObject]

    /// The bundle for `records`. Check releasability before: the bundle holds whatever it is given.
    public init(records: [SharedRecord]) {
        self.id = STIXIdentifier.make(
            "bundle",
            name: "bundle:" + records.map { "\($0.id)/\($0.version)" }.sorted().joined(separator: ",")
        )
        var objects = TrafficLightProtocol.allCases.filter { tlp in records.contains { $0.labels.tlp == tlp } }
            .map(STIXMarking.definition)
        var firstSeen: [String: Int64] = [:]
        for record in records {
            firstSeen[record.labels.owner] = min(firstSeen[record.labels.owner] ?? .max, Self.created(record))
        }
        for (organisation, time) in firstSeen.sorted(by: { $0.key < $1.key }) {
            var identity = STIXObject(type: "identity", id: Self.identityID(organisation))
            identity.created = STIXTimestamp.string(time)
            identity.modified = identity.created
            identity.name = organisation
            identity.identityClass = "organization"
            identity.xKizunaOrganisation = organisation
            objects.append(identity)
        }
        var vessels: [UInt32: Int64] = [:]
        for record in records where record.kind == .annotation {
            for mmsi in record.vessels { vessels[mmsi] = min(vessels[mmsi] ?? .max, Self.created(record)) }
        }
        for (mmsi, time) in vessels.sorted(by: { $0.key < $1.key }) {
            var vessel = STIXObject(type: "identity", id: Self.vesselID(mmsi))
            vessel.created = STIXTimestamp.string(time)
            vessel.modified = vessel.created
            vessel.name = "MMSI \(mmsi)"
            vessel.identityClass = "system"
            vessel.xKizunaMMSI = mmsi
            objects.append(vessel)
        }
        for record in records { objects += Self.objects(for: record) }
        self.objects = objects
    }

    /// The bundle as JSON text (keys sorted, no whitespace).
    /// - Throws: `EncodingError` if a coordinate is not a finite number.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Wire(type: "bundle", id: id, objects: objects))
    }

    struct Wire: Codable {
        var type: String
        var id: String?
        var objects: [STIXObject]?
    }

    /// STIX types for each record kind.
    static func type(_ kind: SharedRecord.Kind) -> String {
        switch kind {
        case .incident: "incident"
        case .observation, .annotation: "note"
        case .assessment: "report"
        }
    }

    /// The `identity` that stands for a vessel in a bundle, the same for every export.
    static func vesselID(_ mmsi: UInt32) -> String { STIXIdentifier.make("identity", name: "vessel:\(mmsi)") }

    static func identityID(_ organisation: String) -> String {
        STIXIdentifier.make("identity", name: "organisation:" + organisation)
    }

    /// `created`: the earlier of the observed time and this version's time, so that it never
    /// follows `modified` (STIX 2.1 §3.2).
    static func created(_ record: SharedRecord) -> Int64 { min(record.time, record.updated) }

    private static func objects(for record: SharedRecord) -> [STIXObject] {
        let markings = [STIXMarking.id(record.labels.tlp)]
        func common(_ type: String, _ id: String) -> STIXObject {
            var object = STIXObject(type: type, id: id)
            object.created = STIXTimestamp.string(created(record))
            object.modified = STIXTimestamp.string(record.updated)
            object.createdByRef = identityID(record.labels.owner)
            object.objectMarkingRefs = markings
            return object
        }
        var main = common(type(record.kind), type(record.kind) + "--" + record.id)
        var location: STIXObject?
        if let latitude = record.latitude, let longitude = record.longitude {
            location = common("location", STIXIdentifier.make("location", name: "location:" + record.id))
            location?.latitude = latitude
            location?.longitude = longitude
        }
        switch record.kind {
        case .incident:
            main.name = record.title
            main.description = record.body.isEmpty ? nil : record.body
        case .observation:
            main.abstract = record.title
            main.content = record.body
            main.objectRefs = [location?.id ?? identityID(record.labels.owner)]
        case .annotation:
            main.abstract = record.title
            main.content = record.body
            main.objectRefs = record.vessels.map(vesselID)
        case .assessment:
            main.name = record.title
            main.description = record.body.isEmpty ? nil : record.body
            main.published = main.modified
            main.reportTypes = ["assessment"]
            main.objectRefs = [location?.id ?? identityID(record.labels.owner)]
        }
        main.xKizunaVersion = record.version
        main.xKizunaOrigin = record.origin
        main.xKizunaAuthor = record.author
        main.xKizunaTime = STIXTimestamp.string(record.time)
        main.xKizunaReleasableTo = record.labels.releasableTo.isEmpty ? nil : record.labels.releasableTo
        main.xKizunaClassification = record.labels.classification
        main.xKizunaVessels = record.vessels.isEmpty ? nil : record.vessels
        main.xKizunaEvents = record.events.isEmpty ? nil : record.events
        guard let location else { return [main] }
        var relationship = common("relationship", STIXIdentifier.make("relationship", name: "located-at:" + record.id))
        relationship.relationshipType = "located-at"
        relationship.sourceRef = main.id
        relationship.targetRef = location.id
        return [main, location, relationship]
    }
}
