import Foundation

extension STIXBundle {
    /// Reads the records a STIX 2.1 bundle holds, exactly as Kizuna exported them: every `incident`,
    /// `note` and `report` with Kizuna's properties (the mapping on ``STIXBundle``). Other objects are
    /// context and are skipped. For bundles from other producers, see ``STIXImportOffer``.
    /// - Throws: ``STIXImportError`` naming the object and what is missing or wrong: not a bundle, an
    ///   object that cannot be read, a record without exactly one TLP 2.0 marking, a TLP 1.0 or
    ///   unknown marking, a marking object whose `tlp_2_0` does not match its id, malformed labels, a
    ///   missing field.
    public static func records(from json: Data) throws(STIXImportError) -> [SharedRecord] {
        let bundle = try STIXContents(json)
        if let first = bundle.unreadable.first { throw first }
        var records: [SharedRecord] = []
        for object in bundle.objects {
            guard let kind = bundle.kind(of: object) else { continue }
            records.append(try record(object, kind: kind, bundle))
        }
        return records
    }

    private static func record(
        _ object: STIXObject,
        kind: SharedRecord.Kind,
        _ bundle: STIXContents
    ) throws(STIXImportError) -> SharedRecord {
        func missing(_ property: String) -> STIXImportError { STIXImportError(object: object.id, "has no \(property)") }
        let prefix = type(kind) + "--"
        let id = String(object.id.dropFirst(prefix.count))
        guard object.id.hasPrefix(prefix), SharedRecord.isLowercaseUUID(id) else {
            throw STIXImportError(object: object.id, "id is not \(prefix)UUID in lower case")
        }
        let tlp = try bundle.marking(of: object)
        guard let ownerRef = object.createdByRef else { throw missing("created_by_ref (the owner organisation)") }
        guard let owner = bundle.byID[ownerRef]?.xKizunaOrganisation else {
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
        case .observation, .annotation:
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
        let position = try bundle.position(of: object)
        let record = SharedRecord(
            id: id,
            version: version,
            kind: kind,
            title: title,
            body: body,
            time: time,
            latitude: position?.latitude,
            longitude: position?.longitude,
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
