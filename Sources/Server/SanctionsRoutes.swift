import Foundation
import Hummingbird
import NIOCore
import Sanctions

/// The sanctions planner's API under `/api/v1/sanctions` (docs/sanctions.md): what the loaded table
/// offers, one coalition's assessment, and several coalitions compared. Answers are the JSON that
/// `kizuna sanctions assess|compare --format json` prints (`SanctionsJSON`).
public enum SanctionsRoutes {
    /// Largest request body accepted, in bytes (a scenario is a few hundred).
    public static let maximumBody = 16 * 1024

    /// Adds the routes, answering from the table `tables` loads.
    public static func add(to router: Router<some RequestContext>, tables: TradeTableLoader) {
        let api = router.group("api/v1/sanctions")
        api.get { _, _ -> Response in
            try json(try await tables.loaded().description)
        }
        api.post("assess") { request, _ -> Response in
            let body = try await Self.body(of: request)
            let loaded = try await tables.loaded()
            let asked = try decode(ScenarioRequest.self, from: body)
            let assessment = try refusingBadInput { () throws(ScenarioError) in
                try loaded.solver.assess(try asked.scenario(in: loaded.model.table))
            }
            return try json(assessment)
        }
        api.post("compare") { request, _ -> Response in
            let body = try await Self.body(of: request)
            let loaded = try await tables.loaded()
            let asked = try decode(ComparisonRequest.self, from: body)
            let assessments = try refusingBadInput { () throws(ScenarioError) in
                try asked.scenarios(in: loaded.model.table).map { scenario throws(ScenarioError) in
                    try loaded.solver.assess(scenario)
                }
            }
            return try json(SanctionsJSON.Comparison(scenarios: assessments))
        }
    }

    /// The request body, refused with 413 and the limit when larger than `maximumBody`.
    static func body(of request: Request) async throws -> Data {
        var request = request
        do {
            return Data(try await request.collectBody(upTo: maximumBody).readableBytesView)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: "the request body is larger than \(maximumBody) bytes")
        }
    }

    /// Decodes a request, turning each failure into a 400 that names the field at fault.
    static func decode<Value: Decodable>(_ type: Value.Type, from body: Data) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch let error as ScenarioError {
            throw HTTPError(.badRequest, message: error.description)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw HTTPError(.badRequest, message: "the body must be a JSON object")
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "the body must be a JSON object: \(Self.reason(error))")
        }
    }

    /// Runs `work`, turning a `ScenarioError` into a 400 with its message (a scenario that cannot
    /// be solved is the server's failure: 500).
    static func refusingBadInput<T>(_ work: () throws(ScenarioError) -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw HTTPError(error.field == nil ? .internalServerError : .badRequest, message: error.description)
        }
    }

    static func json(_ value: some Encodable) throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try SanctionsJSON.encode(value)))
        )
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): context.debugDescription
        case .keyNotFound(let key, _): "\(key.stringValue) is required"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): context.debugDescription
        @unknown default: "\(error)"
        }
    }
}
