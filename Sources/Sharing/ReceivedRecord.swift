/// One record of a received federation message, read on its own: a record whose labels or fields
/// cannot be read (an unknown TLP, a text where a number belongs) is refused alone, naming what was
/// wrong, while the rest of the message is kept.
enum ReceivedRecord: Codable {
    case readable(SharedRecord)
    /// `id` as far as it could be read (at most 64 characters), or `?`.
    case unreadable(id: String, reason: RecordRejection)

    init(from decoder: any Decoder) throws {
        do {
            self = .readable(try SharedRecord(from: decoder))
        } catch {
            let id = (try? decoder.container(keyedBy: IDKey.self).decode(String.self, forKey: .id)).map {
                String($0.prefix(64))
            }
            let path: [any CodingKey]
            switch error as? DecodingError {
            case .keyNotFound(let key, let context)?: path = context.codingPath + [key]
            case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
                path = context.codingPath
            default: path = []
            }
            // The path starts at the message; keep what lies below this record.
            let names = path.map(\.stringValue).drop { $0 != "labels" && !Self.fields.contains($0) }
            let field = names.joined(separator: ".")
            let why = field.isEmpty ? "unreadable record" : "\"\(field)\" is missing or has the wrong type or value"
            self = .unreadable(
                id: id ?? "?",
                reason: names.first == "labels" ? .malformedLabels(why) : .malformedRecord(why)
            )
        }
    }

    func encode(to encoder: any Encoder) throws {
        if case .readable(let record) = self { try record.encode(to: encoder) }
    }

    private enum IDKey: String, CodingKey { case id }

    private static let fields: Set<String> = [
        "id", "version", "kind", "title", "body", "time", "latitude", "longitude", "vessels", "events", "origin",
        "author", "updated", "deleted", "signature",
    ]
}
