/// What partners write and share: an observation, an incident, an assessment or a vessel annotation,
/// with its labels.
///
/// A record is identified by `id` across every node that holds it; `origin` is the node that first
/// wrote it, and each edit at the origin makes a new `version` (1, 2, …). A node that receives a record
/// by federation keeps the origin's id, version and labels unchanged; the highest version wins.
/// Deleting a record writes one more version, a tombstone (``isDeleted``), and each version carries
/// the origin node's signature (``signature``, see `SharedRecord+Signature.swift`).
public struct SharedRecord: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case observation
        case incident
        case assessment
        /// A note on one vessel ("re-flagged twice in 2025"), shown in the map's vessel panel; its
        /// `vessels` holds exactly that vessel's MMSI.
        case annotation

        /// The kinds in words, for messages: "observation, incident, assessment or annotation".
        public static var names: String {
            let all = allCases.map(\.rawValue)
            return all.dropLast().joined(separator: ", ") + " or " + all.last!
        }
    }

    /// A UUID in lower-case text form, made by the origin node.
    public var id: String
    public var version: Int
    public var kind: Kind
    public var title: String
    public var body: String
    /// When the observed thing happened, seconds since 1970 UTC.
    public var time: Int64
    /// Degrees (WGS 84), both or neither.
    public var latitude: Double?
    public var longitude: Double?
    /// MMSIs of vessels the record is about.
    public var vessels: [UInt32]
    /// Ids of picture events the record is about.
    public var events: [String]
    public var labels: Labels
    /// The organisation id of the node that wrote the record.
    public var origin: String
    /// The user who wrote this version (name at the origin node).
    public var author: String
    /// When this version was written, seconds since 1970 UTC.
    public var updated: Int64
    /// True in a tombstone, the version that deletes the record; absent otherwise.
    public var deleted: Bool?
    /// The origin node's Ed25519 signature over ``signedBytes``, base64; nil on a version written
    /// before origins signed (see docs/sharing.md).
    public var signature: String?

    public init(
        id: String,
        version: Int = 1,
        kind: Kind = .observation,
        title: String,
        body: String,
        time: Int64,
        latitude: Double? = nil,
        longitude: Double? = nil,
        vessels: [UInt32] = [],
        events: [String] = [],
        labels: Labels,
        origin: String,
        author: String,
        updated: Int64,
        deleted: Bool? = nil,
        signature: String? = nil
    ) {
        self.id = id
        self.version = version
        self.kind = kind
        self.title = title
        self.body = body
        self.time = time
        self.latitude = latitude
        self.longitude = longitude
        self.vessels = vessels
        self.events = events
        self.labels = labels
        self.origin = origin
        self.author = author
        self.updated = updated
        self.deleted = deleted
        self.signature = signature
    }

    /// Whether this version is a tombstone: the record was deleted at its origin.
    public var isDeleted: Bool { deleted == true }
}
