import Foundation
import Hummingbird
import Sharing

/// Sign-in, records and the identity admin API (see docs/sharing.md).
public enum SharingRoutes {
    /// Largest record or admin body accepted, in bytes.
    public static let maximumBody = 256 * 1024

    public static func add(to router: Router<NodeRequestContext>, sharing: SharingService) {
        addSession(to: router, sharing: sharing)
        let api = router.group("api/v1")
        api.get("me") { _, context -> Response in
            let p = try context.requirePrincipal()
            return try APIValues.json(
                APIValues.dictionary([
                    "user": p.user, "role": p.role.rawValue, "organisation": p.reader.organisation,
                    "nation": p.reader.nation, "groups": p.reader.groups.sorted(),
                    "node": sharing.organisation,
                ])
            )
        }
        api.get("records") { request, context -> Response in
            let p = try context.requirePrincipal()
            let q = request.uri.queryParameters
            var query = RecordQuery(
                limit: try APIValues.limit(q["limit"].map(String.init), default: 1000, maximum: 100_000)
            )
            // form encoding writes a space as '+'
            query.text = q["q"].map { $0.replacingOccurrences(of: "+", with: " ") }
            if let kind = q["kind"] {
                guard let k = SharedRecord.Kind(rawValue: String(kind)) else {
                    throw HTTPError(.badRequest, message: "kind must be \(SharedRecord.Kind.names)")
                }
                query.kind = k
            }
            if let tlp = q["tlp"] {
                guard let t = TrafficLightProtocol(label: tlp) else {
                    throw HTTPError(.badRequest, message: "tlp must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED")
                }
                query.tlp = t
            }
            query.owner = q["owner"].map(String.init)
            if let vessel = q["vessel"] { query.vessel = try APIValues.mmsi(String(vessel)) }
            return APIValues.json(
                bytes: APIJSON.list(await sharing.visibleRecords(to: p.reader, query), APIJSON.record)
            )
        }
        api.post("records") { request, context -> Response in
            let p = try context.requirePrincipal()
            let draft = try await decode(RecordDraft.self, request, context, sharing: sharing)
            let record = try await refusing { try await sharing.createRecord(draft, by: p) }
            return APIValues.json(bytes: APIJSON.object(record, APIJSON.record), status: .created)
        }
        api.get("records/:id") { _, context -> Response in
            let p = try context.requirePrincipal()
            let id = try context.parameters.require("id")
            let record = try await visibleOrGone(id, p, sharing)
            return APIValues.json(bytes: APIJSON.object(record, APIJSON.record))
        }
        api.put("records/:id") { request, context -> Response in
            let p = try context.requirePrincipal()
            let id = try context.parameters.require("id")
            let draft = try await decode(RecordDraft.self, request, context, sharing: sharing)
            let record = try await refusing { try await sharing.updateRecord(id: id, draft, by: p) }
            return APIValues.json(bytes: APIJSON.object(record, APIJSON.record))
        }
        api.delete("records/:id") { _, context -> Response in
            let p = try context.requirePrincipal()
            let id = try context.parameters.require("id")
            _ = try await refusing { try await sharing.deleteRecord(id: id, by: p) }
            return Response(status: .noContent)
        }
        api.get("records/:id/versions") { _, context -> Response in
            let p = try context.requirePrincipal()
            let id = try context.parameters.require("id")
            _ = try await visibleOrGone(id, p, sharing)
            guard let versions = try await sharing.visibleVersions(id: id, to: p.reader) else {
                throw HTTPError(.notFound, message: "no record \(id)")
            }
            return APIValues.json(bytes: APIJSON.list(versions, APIJSON.record))
        }
        SharingAdminRoutes.add(to: api, sharing: sharing)
        AnnotationRoutes.add(to: api, sharing: sharing)
        STIXImportRoutes.add(to: api, sharing: sharing)
    }

    /// The latest version of a record the caller may see: 404 when there is none, 410 Gone when the
    /// caller could see it and it was deleted (a reader with an old link learns it was withdrawn, as
    /// a STIX consumer learns from `revoked`; nobody else learns that it existed).
    private static func visibleOrGone(
        _ id: String,
        _ p: Principal,
        _ sharing: SharingService
    ) async throws
        -> SharedRecord
    {
        guard let record = await sharing.visibleLatest(id: id, to: p.reader) else {
            throw HTTPError(.notFound, message: "no record \(id)")
        }
        guard !record.isDeleted else {
            throw HTTPError(.gone, message: "record \(id) was deleted by \(record.labels.owner)")
        }
        return record
    }

    private static func addSession(to router: Router<NodeRequestContext>, sharing: SharingService) {
        struct SignIn: Decodable {
            var user: String
            var password: String
        }
        router.post("auth/session") { request, context -> Response in
            let body = try await decode(SignIn.self, request, context, sharing: sharing)
            let (token, stored) = try await refusing {
                try await sharing.login(user: body.user, password: body.password, client: context.client)
            }
            var response = try APIValues.json(
                APIValues.dictionary([
                    "token": token.secret, "expires": stored.expires.map { APIValues.iso(seconds: $0) },
                ]),
                status: .created
            )
            response.headers[.setCookie] =
                "\(SharingAuthenticator.cookie)=\(token.secret); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(SharingService.sessionLifetime)"
            return response
        }
        // who is signed in, without a 401 when nobody is (the web UI asks before it loads)
        router.get("auth/session") { request, context -> Response in
            guard let secret = SharingAuthenticator.secret(in: request), AccessToken.isWellFormed(secret),
                let p = try await sharing.authenticate(secret, client: context.client)
            else { return try APIValues.json(["signedIn": false]) }
            return try APIValues.json(
                APIValues.dictionary([
                    "signedIn": true, "user": p.user, "role": p.role.rawValue, "organisation": p.reader.organisation,
                    "nation": p.reader.nation, "node": sharing.organisation,
                ])
            )
        }
        router.delete("auth/session") { request, context -> Response in
            guard let secret = SharingAuthenticator.secret(in: request),
                let principal = try await sharing.authenticate(secret, client: context.client)
            else { throw SharingAuthenticator.refusal("no valid session to end") }
            try await sharing.logout(secret, principal: principal)
            var response = Response(status: .noContent)
            response.headers[.setCookie] =
                "\(SharingAuthenticator.cookie)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
            return response
        }
    }

    /// Reads a JSON body of at most ``maximumBody`` bytes; oversized or malformed bodies answer 413
    /// or 400 with the reason, and leave an audit entry.
    static func decode<T: Decodable>(
        _ type: T.Type,
        _ request: Request,
        _ context: NodeRequestContext,
        sharing: SharingService
    ) async throws -> T {
        var request = request
        let path = request.uri.path
        // a caller nobody signed (sign-in) is counted per address, with a fixed reason
        func audit(_ why: String, anonymously reason: String) async {
            if let principal = context.principal {
                await sharing.record(actor: principal.auditName, action: .rejected, target: path, outcome: why)
            } else {
                await sharing.refuse(.rejected, client: context.client, target: path, reason: reason)
            }
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maximumBody)
        } catch {
            let why = "body over \(maximumBody) bytes"
            await audit(why, anonymously: why)
            throw HTTPError(.contentTooLarge, message: "the body must be at most \(maximumBody) bytes")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(body.readableBytesView))
        } catch {
            let why = JSONProblem.describe(error)
            await audit(why, anonymously: "malformed body")
            throw HTTPError(.badRequest, message: "the body is not valid: \(why)")
        }
    }

    /// Runs a sharing operation, turning its refusals into HTTP answers.
    static func refusing<T>(_ operation: () async throws -> T) async throws -> T {
        do {
            return try await operation()
        } catch let refusal as SharingRefusal {
            throw HTTPError(refusal)
        }
    }

}

/// A decoding error in words a client can act on (which field, what was wrong).
enum JSONProblem {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "the body" : p
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "\(parent == "the body" ? "" : parent + ".")\(key.stringValue) is required"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context)) has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not JSON" : "\(path(context)) is not valid"
        @unknown default:
            return "not valid"
        }
    }
}

extension HTTPError {
    /// The HTTP answer to a refusal: its status, its message, and `Retry-After` when it has a wait.
    init(_ refusal: SharingRefusal) {
        let status: HTTPResponse.Status =
            switch refusal.kind {
            case .badRequest: .badRequest
            case .unauthorized: .unauthorized
            case .forbidden: .forbidden
            case .notFound: .notFound
            case .conflict: .conflict
            case .gone: .gone
            case .tooManyRequests: .tooManyRequests
            }
        var headers = HTTPFields()
        if let wait = refusal.retryAfter { headers[.retryAfter] = String(wait) }
        self.init(status, headers: headers, message: refusal.description)
    }
}
