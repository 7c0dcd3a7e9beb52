import Foundation

/// Reading the parameters of a question put to the knowledge base from outside — the `kizuna kb`
/// command line or the node's `/api/v1/kb/…` routes — and writing its answer as JSON, in one place,
/// so that both give the same answers and the same errors.
public enum KnowledgeQuestion {
    /// The day an as-of question asks about when none is given to `measures` (the latest network the
    /// documents describe).
    public static let defaultMeasuresDay = PartialDate(year: 2025, month: 6, day: 1)!

    /// Parses an as-of day, `YYYY-MM-DD` (or the first day of `YYYY-MM`, `YYYY`); nil when `text`
    /// is nil.
    /// - Parameter parameter: the name the asker used (`--as-of`, `asOf`), quoted in the error.
    /// - Throws: `KnowledgeQuestionError.badParameter` when `text` is not such a date.
    public static func day(_ text: String?, parameter: String) throws(KnowledgeQuestionError) -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(text) else {
            throw .badParameter("\(parameter) wants a date YYYY-MM-DD (or YYYY-MM, YYYY), not '\(text)'")
        }
        return date
    }

    /// Encodes an answer as JSON with sorted keys and unescaped slashes; `pretty` indents it for
    /// people (the command line), the API sends it compact.
    public static func json(_ value: some Encodable, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
        return try encoder.encode(value)
    }
}

/// A question the knowledge base cannot answer as asked: a malformed parameter, or a name it does
/// not know. The command line prints the description; the API sends 400 or 404 with it.
public struct KnowledgeQuestionError: Error, Sendable, CustomStringConvertible {
    /// Why the question failed.
    public enum Kind: Sendable {
        /// A parameter is missing or malformed (HTTP 400).
        case badParameter
        /// The actor, indicator or connection asked about does not exist (HTTP 404).
        case notFound
    }

    public let kind: Kind
    public let description: String

    public static func badParameter(_ message: String) -> Self { Self(kind: .badParameter, description: message) }
    public static func notFound(_ message: String) -> Self { Self(kind: .notFound, description: message) }
    static func unknownActor(_ text: String) -> Self { .notFound("unknown actor '\(text)'") }
}

extension KnowledgeBase {
    /// The id of the actor `text` names (matched exactly, then case-insensitively).
    /// - Throws: `KnowledgeQuestionError.notFound` naming the unknown actor.
    public func actorID(_ text: String) throws(KnowledgeQuestionError) -> String {
        guard let actor = actor(text) else { throw .unknownActor(text) }
        return actor.id
    }

    /// The indicator with id `id`.
    /// - Throws: `KnowledgeQuestionError.notFound` naming the unknown indicator.
    public func requireIndicator(_ id: String) throws(KnowledgeQuestionError) -> Indicator {
        guard let indicator = indicator(id) else { throw .notFound("unknown indicator '\(id)'") }
        return indicator
    }

    /// A shortest chain of cooperative relations from `from` to `to` (see `path(from:to:asOf:)`).
    /// - Throws: `KnowledgeQuestionError.notFound` when they are not connected.
    public func requirePath(from: String, to: String, asOf: PartialDate?) throws(KnowledgeQuestionError) -> [PathStep] {
        guard let steps = path(from: from, to: to, asOf: asOf) else {
            throw .notFound("\(from) and \(to) are not connected\(asOf.map { " on \($0)" } ?? "")")
        }
        return steps
    }
}
