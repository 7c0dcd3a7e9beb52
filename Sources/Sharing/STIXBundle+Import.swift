import Foundation

extension STIXBundle {
    /// Reads the records a STIX 2.1 bundle holds: every `incident`, `note` and `report` with Kizuna's
    /// properties (the mapping on ``STIXBundle``). Other objects are context and are skipped.
    /// - Throws: ``STIXImportError`` naming the object and what is missing or wrong: not a bundle, a
    ///   record without exactly one TLP 2.0 marking, a TLP 1.0 or unknown marking, a marking object
    ///   whose `tlp_2_0` does not match its id, malformed labels, a missing field.
    public static func records(from json: Data) throws(STIXImportError) -> [SharedRecord] {
        let wire: Wire
        do { wire = try JSONDecoder().decode(Wire.self, from: json) } catch {
            throw STIXImportError(object: nil, "not a STIX bundle: \(error)")
        }
        guard wire.type == "bundle", let objects = wire.objects else {
            throw STIXImportError(object: nil, "not a STIX bundle (type \"bundle\" with \"objects\")")
        }
        let byID = Dictionary(objects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for object in objects where object.type == "marking-definition" { try checkMarking(object) }
        let locatedAt = Dictionary(
            grouping: objects.filter { $0.type == "relationship" && $0.relationshipType == "located-at" },
            by: { $0.sourceRef ?? "" }
        )
        var records: [SharedRecord] = []
        for object in objects {
            guard let kind = SharedRecord.Kind.allCases.first(where: { type($0) == object.type }) else { continue }
            records.append(try record(object, kind: kind, byID: byID, places: locatedAt[object.id] ?? []))
        }
        return records
    }

    /// A marking object claiming a TLP 2.0 id must be that level's published object.
    private static func checkMarking(_ object: STIXObject) throws(STIXImportError) {
        let claimed = object.extensions?[STIXMarking.extensionID]?.tlp20
        if let level = STIXMarking.level(id: object.id) {
            guard claimed == STIXMarking.value(level) else {
                throw STIXImportError(
                    object: object.id,
                    "is TLP:\(level.rawValue)'s id but carries tlp_2_0 \"\(claimed ?? "none")\""
                )
            }
        } else if let claimed {
            throw STIXImportError(object: object.id, "claims TLP 2.0 \"\(claimed)\" under an id OASIS did not publish")
        }
    }

    private static func record(
        _ object: STIXObject,
        kind: SharedRecord.Kind,
        byID: [String: STIXObject],
        places: [STIXObject]
    ) throws(STIXImportError) -> SharedRecord {
        func missing(_ property: String) -> STIXImportError { STIXImportError(object: object.id, "has no \(property)") }
        let prefix = type(kind) + "--"
        let id = String(object.id.dropFirst(prefix.count))
        guard object.id.hasPrefix(prefix), SharedRecord.isLowercaseUUID(id) else {
            throw STIXImportError(object: object.id, "id is not \(prefix)UUID in lower case")
        }
        let tlp = try marking(of: object, byID: byID)
        guard let ownerRef = object.createdByRef else { throw missing("created_by_ref (the owner organisation)") }
        guard let owner = byID[ownerRef]?.xKizunaOrganisation else {
            throw STIXImportError(
                object: object.id,
                "created_by_ref \(ownerRef) is not an identity with x_kizuna_organisation"
            )
        }
        guard let version = object.xKizunaVersion else { throw missing("x_kizuna_version") }
        guard let origin = object.xKizunaOrigin else { throw missing("x_kizuna_origin") }
        guard let author = object.xKizunaAuthor else { throw missing("x_kizuna_author") }
        guard let timeText = object.xKizunaTime else { throw missing("x_kizuna_time") }
        guard let time = STIXTimestamp.seconds(timeText) else {
            throw STIXImportError(object: object.id, "x_kizuna_time \"\(timeText)\" is not a STIX timestamp")
        }
        guard let modifiedText = object.modified else { throw missing("modified") }
        guard let updated = STIXTimestamp.seconds(modifiedText) else {
            throw STIXImportError(object: object.id, "modified \"\(modifiedText)\" is not a STIX timestamp")
        }
        let title: String
        let body: String
        switch kind {
        case .observation:
            guard let content = object.content else { throw missing("content") }
            title = object.abstract ?? ""
            body = content
        case .incident, .assessment:
            guard let name = object.name else { throw missing("name") }
            title = name
            body = object.description ?? ""
        }
        let labels = Labels(
            owner: owner,
            tlp: tlp,
            releasableTo: object.xKizunaReleasableTo ?? [],
            classification: object.xKizunaClassification
        )
        do { try labels.validate() } catch { throw STIXImportError(object: object.id, error.description) }
        guard places.count <= 1 else {
            throw STIXImportError(object: object.id, "has more than one located-at location")
        }
        var position: (Double, Double)?
        if let place = places.first {
            guard let ref = place.targetRef, let location = byID[ref], location.type == "location",
                let latitude = location.latitude, let longitude = location.longitude
            else { throw STIXImportError(object: place.id, "does not lead to a location with latitude and longitude") }
            position = (latitude, longitude)
        }
        let record = SharedRecord(
            id: id,
            version: version,
            kind: kind,
            title: title,
            body: body,
            time: time,
            latitude: position?.0,
            longitude: position?.1,
            vessels: object.xKizunaVessels ?? [],
            events: object.xKizunaEvents ?? [],
            labels: labels,
            origin: origin,
            author: author,
            updated: updated
        )
        if let problem = record.formProblem { throw STIXImportError(object: object.id, problem) }
        return record
    }

    /// The object's one TLP 2.0 level; statement and other non-TLP markings defined in the bundle
    /// are allowed beside it.
    private static func marking(
        of object: STIXObject,
        byID: [String: STIXObject]
    ) throws(STIXImportError)
        -> TrafficLightProtocol
    {
        var levels: [TrafficLightProtocol] = []
        for ref in object.objectMarkingRefs ?? [] {
            if let level = STIXMarking.level(id: ref) {
                levels.append(level)
            } else if let old = STIXMarking.tlp1[ref] {
                throw STIXImportError(
                    object: object.id,
                    "is marked TLP 1.0 \(old) (\(ref)); Kizuna reads TLP 2.0 markings only"
                )
            } else if byID[ref]?.type != "marking-definition" {
                throw STIXImportError(
                    object: object.id,
                    "names marking \(ref), which is neither TLP 2.0 nor in the bundle"
                )
            }
        }
        guard levels.count == 1 else {
            throw STIXImportError(
                object: object.id,
                levels.isEmpty
                    ? "has no TLP 2.0 marking" : "has \(levels.count) TLP 2.0 markings; exactly one is needed"
            )
        }
        return levels[0]
    }
}

/// A STIX bundle that cannot be read into records: the object at fault (its STIX id) and why.
public struct STIXImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var object: String?
    public var reason: String

    init(object: String?, _ reason: String) {
        self.object = object
        self.reason = reason
    }

    public var description: String { (object.map { $0 + " " } ?? "") + reason }
}
