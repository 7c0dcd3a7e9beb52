import Foundation
import Hummingbird
import Knowledge
import Logging

/// The partnership knowledge base over HTTP, under `/api/v1/kb` (docs/knowledge.md): the same
/// questions as `kizuna kb …`, answered as the same JSON, each answer carrying its sources.
///
/// Dates are `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`, counted from their first day); actor ids are
/// matched case-insensitively. A malformed or missing parameter is a 400, an unknown actor or
/// indicator (or two actors that are not connected) a 404, both naming what was wrong.
public enum KnowledgeRoutes {
    /// Loads the knowledge base once, at start; nil when no folder is configured.
    /// - Throws: `KnowledgeValidationError` listing each problem (file and line) when the folder
    ///   is missing or its data is invalid, so that a misconfigured node does not start.
    public static func load(_ directory: String?, logger: Logger) throws -> KnowledgeBase? {
        guard let directory else {
            logger.info("no knowledge base configured; /api/v1/kb answers 503")
            return nil
        }
        let base = try KnowledgeLoader().load(directory: directory)
        logger.info(
            "knowledge base loaded",
            metadata: [
                "directory": "\(directory)", "actors": "\(base.actors.count)",
                "relations": "\(base.relations.count)", "indicators": "\(base.indicators.count)",
            ]
        )
        return base
    }

    public static func add(to router: Router<some RequestContext>, knowledge: KnowledgeBase?) {
        let kb = router.group("api/v1/kb")
        kb.get("actors") { _, _ -> Response in try answer(knowledge) { $0.actors } }
        kb.get("actors/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            return try answer(knowledge) { try $0.profile(of: id) }
        }
        kb.get("relations") { request, _ -> Response in
            let q = Query(request)
            return try answer(knowledge) { base in
                let day = try KnowledgeQuestion.day(q["asOf"], parameter: "asOf")
                guard let actor = q["actor"] else {
                    if q["with"] != nil { throw KnowledgeQuestionError.badParameter("with needs actor") }
                    return day.map { base.relations(asOf: $0) } ?? base.relations
                }
                let other = try q["with"].map { try base.actorID($0) }
                return base.relations(of: try base.actorID(actor), with: other, asOf: day)
            }
        }
        kb.get("timeline") { request, _ -> Response in
            let q = Query(request)
            return try answer(knowledge) { base in
                let other = try q["with"].map { try base.actorID($0) }
                return base.timeline(of: try base.actorID(q.require("actor")), with: other)
            }
        }
        kb.get("indicators") { _, _ -> Response in try answer(knowledge) { $0.indicators } }
        kb.get("indicators/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            return try answer(knowledge) { try $0.requireIndicator(id) }
        }
        kb.get("path") { request, _ -> Response in
            let q = Query(request)
            return try answer(knowledge) { base in
                let from = try base.actorID(q.require("a"))
                let to = try base.actorID(q.require("b"))
                return try base.requirePath(
                    from: from,
                    to: to,
                    asOf: KnowledgeQuestion.day(q["asOf"], parameter: "asOf")
                )
            }
        }
        kb.get("measures") { request, _ -> Response in
            let q = Query(request)
            return try answer(knowledge) { base in
                let day =
                    try KnowledgeQuestion.day(q["asOf"], parameter: "asOf") ?? KnowledgeQuestion.defaultMeasuresDay
                return base.measures(asOf: day, bridgeActor: try base.actorID(q["bridge"] ?? "JPN"))
            }
        }
        kb.get("search") { request, _ -> Response in
            let q = Query(request)
            return try answer(knowledge) { try $0.search(q.require("q")) }
        }
        kb.get("conflicts") { request, _ -> Response in
            let q = Query(request)
            return try answer(knowledge) { base in q["subject"].map { base.conflicts(about: $0) } ?? base.conflicts }
        }
    }

    /// Runs `question` on the loaded base and sends its JSON, mapping question errors to 400/404.
    static func answer<Answer: Encodable>(
        _ knowledge: KnowledgeBase?,
        _ question: (KnowledgeBase) throws -> Answer
    ) throws -> Response {
        guard let knowledge else {
            throw HTTPError(
                .serviceUnavailable,
                message: "no knowledge base loaded: start the node with --knowledge DIR (Data/knowledge)"
            )
        }
        do {
            let data = try KnowledgeQuestion.json(try question(knowledge))
            return Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: data))
            )
        } catch let error as KnowledgeQuestionError {
            throw HTTPError(error.kind == .notFound ? .notFound : .badRequest, message: error.description)
        }
    }

    /// The query parameters of a request; empty values count as absent.
    struct Query {
        let parameters: [String: String]

        init(_ request: Request) {
            var parameters: [String: String] = [:]
            for (name, value) in request.uri.queryParameters where !value.isEmpty {
                parameters[String(name)] = String(value)
            }
            self.parameters = parameters
        }

        subscript(name: String) -> String? { parameters[name] }

        /// The parameter `name`, or a 400 naming it.
        func require(_ name: String) throws -> String {
            guard let value = parameters[name] else {
                throw KnowledgeQuestionError.badParameter("the query parameter \(name) is required")
            }
            return value
        }
    }
}
