import Foundation

/// A STIX 2.1 bundle's objects read and indexed for import, its marking objects checked: what both
/// ways of importing (``STIXBundle/records(from:)`` and ``STIXImportOffer``) share.
struct STIXContents {
    /// The objects that could be read, in bundle order.
    var objects: [STIXObject]
    /// Objects whose properties could not be read (a property of the wrong type), with why.
    var unreadable: [STIXImportError]
    var byID: [String: STIXObject]
    /// `located-at` relationships by their source's id.
    var locatedAt: [String: [STIXObject]]

    /// - Throws: ``STIXImportError`` when the text is not JSON, not a bundle (`"type": "bundle"` with
    ///   `objects`), or a marking object misuses a TLP 2.0 id or value.
    init(_ json: Data) throws(STIXImportError) {
        let wire: Wire
        do { wire = try JSONDecoder().decode(Wire.self, from: json) } catch {
            throw STIXImportError(object: nil, "not a STIX bundle: \(Self.describe(error))")
        }
        guard wire.type == "bundle" else {
            throw STIXImportError(object: nil, "not a STIX bundle: type is \"\(wire.type ?? "")\", not \"bundle\"")
        }
        guard let entries = wire.objects else { throw STIXImportError(object: nil, "the bundle has no objects") }
        objects = entries.compactMap(\.object)
        unreadable = entries.enumerated().compactMap { index, entry in
            entry.problem.map { STIXImportError(object: entry.id ?? "objects[\(index)]", $0) }
        }
        byID = Dictionary(objects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        locatedAt = Dictionary(
            grouping: objects.filter { $0.type == "relationship" && $0.relationshipType == "located-at" },
            by: { $0.sourceRef ?? "" }
        )
        for object in objects where object.type == "marking-definition" { try Self.checkMarking(object) }
    }

    /// The record kind an object stands for: an `incident`, a `report`, or a `note` — an annotation
    /// when its `object_refs` name a vessel identity (`x_kizuna_mmsi`), else an observation.
    func kind(of object: STIXObject) -> SharedRecord.Kind? {
        switch object.type {
        case "incident": .incident
        case "report": .assessment
        case "note": vessels(referencedBy: object).isEmpty ? .observation : .annotation
        default: nil
        }
    }

    /// MMSIs of the vessel identities an object's `object_refs` name.
    func vessels(referencedBy object: STIXObject) -> [UInt32] {
        (object.objectRefs ?? []).compactMap { ref in byID[ref].flatMap { $0.type == "identity" ? $0.xKizunaMMSI : nil }
        }
    }

    /// The object's one TLP 2.0 level; statement and other non-TLP markings defined in the bundle
    /// are allowed beside it.
    func marking(of object: STIXObject) throws(STIXImportError) -> TrafficLightProtocol {
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

    /// Latitude and longitude (degrees) of the location the object's one `located-at` relationship
    /// leads to, or nil without one.
    func position(of object: STIXObject) throws(STIXImportError) -> (latitude: Double, longitude: Double)? {
        let places = locatedAt[object.id] ?? []
        guard places.count <= 1 else {
            throw STIXImportError(object: object.id, "has more than one located-at location")
        }
        guard let place = places.first else { return nil }
        guard let ref = place.targetRef, let location = byID[ref], location.type == "location",
            let latitude = location.latitude, let longitude = location.longitude
        else { throw STIXImportError(object: place.id, "does not lead to a location with latitude and longitude") }
        return (latitude, longitude)
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

    /// A decoding error in a few words: which property, what was wrong.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        switch error {
        case .keyNotFound(let key, _): return "has no \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.codingPath.last?.stringValue ?? "the bundle") has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "\(context.codingPath.last!.stringValue) is not valid"
        @unknown default: return "not readable"
        }
    }

    private struct Wire: Decodable {
        var type: String?
        var objects: [Entry]?
    }

    /// One element of `objects`, read on its own so that one bad object does not hide the rest.
    private struct Entry: Decodable {
        var object: STIXObject?
        var id: String?
        var problem: String?

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { return nil }
        }

        init(from decoder: any Decoder) throws {
            do {
                object = try STIXObject(from: decoder)
                id = object?.id
            } catch {
                problem = STIXContents.describe(error)
                id = try? decoder.container(keyedBy: Key.self).decode(String.self, forKey: Key(stringValue: "id"))
            }
        }
    }
}
