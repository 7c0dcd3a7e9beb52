import Hummingbird
import NIOCore
import Sharing

/// The request context of every node route: Hummingbird's core plus who is calling.
public struct NodeRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in caller, set by ``SharingAuthenticator`` for `/api/v1` paths.
    public var principal: Principal?
    /// The bearer secret the caller presented (to revoke it on sign-out).
    public var secret: Substring?
    /// The peer address, for throttling and the audit log.
    public let client: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The caller, or a 401 when the route was reached without one (a programming error guard:
    /// the authenticator runs before every `/api/v1` route).
    public func requirePrincipal() throws -> Principal {
        guard let principal else { throw HTTPError(.unauthorized, message: "sign in first") }
        return principal
    }
}

/// Lets a request through to `/api/v1` only with a valid bearer token (or the browser's session
/// cookie). Anything else answers 401 with a reason and is counted for the audit log
/// (``SharingService/refuse(_:client:target:reason:)``: one entry per source and reason a
/// minute). Other paths (the web UI, `/health`, `/metrics`, sign-in, federation) pass untouched.
public struct SharingAuthenticator: RouterMiddleware {
    public typealias Context = NodeRequestContext
    let sharing: SharingService
    /// Where refusals are counted for `/metrics` (`kizuna_http_unauthenticated_total`), if anywhere.
    let metrics: NodeMetrics?

    /// The cookie the web UI's session travels in (HttpOnly, SameSite=Strict).
    public static let cookie = "kizuna_session"

    public init(sharing: SharingService, metrics: NodeMetrics? = nil) {
        self.sharing = sharing
        self.metrics = metrics
    }

    public func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/") else { return try await next(request, context) }
        guard let secret = Self.secret(in: request) else {
            metrics?.unauthenticated.increment()
            await sharing.refuse(.authenticationFailed, client: context.client, target: "api", reason: "no credentials")
            throw Self.refusal("send Authorization: Bearer TOKEN (kizuna tokens add, or sign in)")
        }
        guard let principal = try await sharing.authenticate(secret, client: context.client) else {
            metrics?.unauthenticated.increment()
            throw Self.refusal("the token is unknown, expired or revoked")
        }
        var context = context
        context.principal = principal
        context.secret = secret
        return try await next(request, context)
    }

    static func secret(in request: Request) -> Substring? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else { return "" }
            return parts[1].drop { $0 == " " }
        }
        if let cookies = request.headers[.cookie] {
            for pair in cookies.split(separator: ";") {
                let kv = pair.drop { $0 == " " }.split(separator: "=", maxSplits: 1)
                if kv.count == 2, kv[0] == cookie { return kv[1] }
            }
        }
        return nil
    }

    static func refusal(_ message: String) -> HTTPError {
        HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"kizuna\""], message: message)
    }
}
