import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Server
import Sharing

/// A sharing service in memory with one organisation (`test-org`, JPN) and an admin in it, for
/// tests of routes behind sign-in.
struct SignedIn {
    static let organisation = "test-org"
    static let password = "test password 123"

    let sharing: SharingService
    let token: String

    /// The service and an API token of its admin `tester`; with `password`, the admin can also sign
    /// in with ``password`` (bcrypt makes that slower, so only the tests that need it ask).
    static func make(
        password: Bool = false,
        organisation: String = organisation,
        nation: String? = "JPN"
    ) async throws -> SignedIn {
        let sharing = try await Node.openSharing(
            database: "memory:",
            dataDirectory: "/nonexistent",
            organisation: organisation,
            logger: ServerFixtures.logger
        )
        try await sharing.addOrganisation(
            Organisation(id: organisation, name: "Test organisation", nation: nation),
            by: "test"
        )
        try await sharing.addUser(
            name: "tester",
            organisation: organisation,
            role: .admin,
            password: password ? Self.password : nil,
            by: "test"
        )
        let (token, _) = try await sharing.issueToken(user: "tester", kind: .api, lifetime: nil, by: "test")
        return SignedIn(sharing: sharing, token: token.secret)
    }

    var header: String { "Bearer \(token)" }
}

/// A test client that sends a bearer token with every request that has none of its own.
struct SignedInClient: TestClientProtocol {
    let base: any TestClientProtocol
    let token: String

    func executeRequest(
        uri: String,
        method: HTTPRequest.Method,
        headers: HTTPFields,
        body: ByteBuffer?
    ) async throws -> TestResponse {
        var headers = headers
        if headers[.authorization] == nil { headers[.authorization] = "Bearer \(token)" }
        return try await base.executeRequest(uri: uri, method: method, headers: headers, body: body)
    }

    var port: Int? { base.port }
}
