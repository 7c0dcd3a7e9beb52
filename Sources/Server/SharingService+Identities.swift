import NIOCore
import NIOPosix
import Sharing
import Store

/// Why a sharing request was refused; the routes map each to its HTTP status.
public struct SharingRefusal: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case badRequest, unauthorized, forbidden, notFound, conflict, gone, tooManyRequests }
    public let kind: Kind
    public let description: String
    /// Seconds to wait, for `tooManyRequests`.
    public var retryAfter: Int64?

    init(_ kind: Kind, _ description: String, retryAfter: Int64? = nil) {
        self.kind = kind
        self.description = description
        self.retryAfter = retryAfter
    }
}

extension SharingService {
    // MARK: Directory

    public func allOrganisations() -> [Organisation] { organisations.values.sorted { $0.id < $1.id } }
    public func allGroups() -> [SharingGroup] { groups.values.sorted { $0.id < $1.id } }
    public func allUsers() -> [User] { users.values.sorted { $0.name < $1.name } }

    public func addOrganisation(_ o: Organisation, by actor: String) async throws {
        guard Identifier.isValid(o.id) else {
            throw SharingRefusal(.badRequest, "organisation id \"\(o.id)\" must be 1–64 letters, digits and '-'")
        }
        if let nation = o.nation, !Identifier.isNationCode(nation) {
            throw SharingRefusal(.badRequest, "nation \"\(nation)\" must be an ISO 3166-1 alpha-3 code such as JPN")
        }
        guard !o.name.isEmpty, o.name.count <= 200 else {
            throw SharingRefusal(.badRequest, "organisation name must be 1–200 characters")
        }
        guard groups[o.id] == nil else { throw SharingRefusal(.conflict, "\"\(o.id)\" is already a group id") }
        try await store.saveOrganisation(o)
        organisations[o.id] = o
        directoryEdits += 1
        await record(actor: actor, action: "create", target: "organisation:\(o.id)", outcome: "ok")
    }

    public func addGroup(_ g: SharingGroup, by actor: String) async throws {
        guard Identifier.isValid(g.id) else {
            throw SharingRefusal(.badRequest, "group id \"\(g.id)\" must be 1–64 letters, digits and '-'")
        }
        guard organisations[g.id] == nil else {
            throw SharingRefusal(.conflict, "\"\(g.id)\" is already an organisation id")
        }
        if let unknown = g.members.sorted().first(where: { organisations[$0] == nil }) {
            throw SharingRefusal(.badRequest, "group member \"\(unknown)\" is not a known organisation")
        }
        try await store.saveGroup(g)
        let existed = groups[g.id] != nil
        groups[g.id] = g
        directoryEdits += 1
        await record(actor: actor, action: existed ? "update" : "create", target: "group:\(g.id)", outcome: "ok")
    }

    /// Adds or replaces a user; `password` is hashed with bcrypt when given.
    public func addUser(
        name: String,
        organisation: String,
        role: Role,
        password: String?,
        by actor: String
    ) async throws {
        guard Identifier.isValid(name) else {
            throw SharingRefusal(.badRequest, "user name \"\(name)\" must be 1–64 letters, digits and '-'")
        }
        guard organisations[organisation] != nil else {
            throw SharingRefusal(.badRequest, "organisation \"\(organisation)\" is not known; add it first")
        }
        var hash: String?
        if let password {
            do {
                hash = try await Self.offActor { try PasswordHasher.hash(password) }
            } catch let error as CredentialError {
                throw SharingRefusal(.badRequest, "\(error)")
            }
        }
        let user = User(name: name, organisation: organisation, role: role, passwordHash: hash)
        try await store.saveUser(user)
        let existed = users[name] != nil
        users[name] = user
        directoryEdits += 1
        await record(
            actor: actor,
            action: existed ? "update" : "create",
            target: "user:\(name)",
            outcome: "role \(role.rawValue)"
        )
    }

    /// Disables a user: their tokens stop working at once on this node, and within a
    /// ``refreshDirectory()`` on others sharing the store.
    public func disableUser(_ name: String, by actor: String) async throws {
        guard var user = users[name] else { throw SharingRefusal(.notFound, "no user \"\(name)\"") }
        user.disabled = true
        try await store.saveUser(user)
        users[name] = user
        directoryEdits += 1
        await record(actor: actor, action: .update, target: "user:\(name)", outcome: "disabled")
    }

    // MARK: Credentials

    /// Revokes every token of `user` (API tokens and sessions); returns how many were still valid.
    public func revokeTokens(user name: String, by actor: String) async throws -> Int {
        guard users[name] != nil else { throw SharingRefusal(.notFound, "no user \"\(name)\"") }
        let revoked = try await store.revokeTokens(user: name, digest: nil)
        tokenCache = tokenCache.filter { $0.value.user != name }
        tokenCacheEpoch += 1
        await record(actor: actor, action: "revoke", target: "tokens:\(name)", outcome: "\(revoked) revoked")
        return revoked
    }

    /// Issues a token for `user`; the secret is returned once and only its digest is kept.
    public func issueToken(
        user name: String,
        kind: AccessToken.Kind,
        lifetime: Int64?,
        by actor: String
    ) async throws -> (
        AccessToken, StoredToken
    ) {
        guard users[name] != nil else { throw SharingRefusal(.notFound, "no user \"\(name)\"") }
        let token = AccessToken.generate()
        let t = now()
        let stored = StoredToken(
            digest: token.digest,
            user: name,
            kind: kind,
            created: t,
            expires: lifetime.map { t + $0 }
        )
        try await store.saveToken(stored)
        await record(actor: actor, action: "create", target: "\(kind.rawValue)-token:\(name)", outcome: "ok")
        return (token, stored)
    }

    /// The caller a bearer secret stands for, or nil when it is unknown, expired, revoked or its
    /// user is disabled (counted for the audit log by ``refuse(_:client:target:reason:)``).
    public func authenticate(_ secret: Substring, client: String) async throws -> Principal? {
        guard AccessToken.isWellFormed(secret) else {
            await refuse(.authenticationFailed, client: client, target: "api", reason: "malformed token")
            return nil
        }
        let digest = AccessToken.digest(of: String(secret))
        var found = tokenCache[digest]
        if found == nil {
            let epoch = tokenCacheEpoch
            found = try await store.token(digest: digest)
            // not when the cache was emptied meanwhile: the token may have been revoked since it was read
            if let found, epoch == tokenCacheEpoch {
                if tokenCache.count >= Self.tokenCacheCapacity { tokenCache.removeAll(keepingCapacity: true) }
                tokenCache[digest] = found
            }
        }
        guard let stored = found else {
            await refuse(.authenticationFailed, client: client, target: "api", reason: "unknown token")
            return nil
        }
        guard stored.isValid(at: now()) else {
            let why = stored.revoked ? "revoked token" : "expired \(stored.kind.rawValue) token"
            await refuse(.authenticationFailed, client: client, target: "user:\(stored.user)", reason: why)
            return nil
        }
        guard let user = users[stored.user], !user.disabled else {
            await refuse(
                .authenticationFailed,
                client: client,
                target: "user:\(stored.user)",
                reason: "user disabled or removed"
            )
            return nil
        }
        return Principal(user: user.name, role: user.role, reader: reader(organisation: user.organisation))
    }

    /// Threads of bcrypt's own (one fewer than the cores, at least one), apart from NIO's shared
    /// blocking pool, which also reads the files the node serves.
    static let passwordThreads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount - 1))
        pool.start()
        return pool
    }()

    /// Runs bcrypt (a quarter of a second at cost 12) on ``passwordThreads``, so that a sign-in holds
    /// neither this actor — every request's token check — nor a cooperative thread, nor the pages.
    static func offActor<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await passwordThreads.runIfActive(work)
    }

    /// Checks a password and opens a session. Refusals say nothing about which part was wrong.
    public func login(user name: String, password: String, client: String) async throws -> (AccessToken, StoredToken) {
        let t = now()
        for key in ["user:\(name)", "client:\(client)"] {
            if let wait = throttle.retryAfter(key, now: t) {
                // counted, not written one by one, so that a locked-out client cannot write at will (nor
                // name users that do not exist)
                let target = users[name] == nil ? "user:unknown" : "user:\(name)"
                await refuse(.loginFailed, client: client, target: target, reason: "throttled")
                throw SharingRefusal(
                    .tooManyRequests,
                    "too many failed sign-ins; try again in \(wait) s",
                    retryAfter: wait
                )
            }
        }
        // counted as a failure before the check, so that guesses sent at once cannot outrun the
        // throttle while their hashes are checked; a right password clears the count
        throttle.recordFailure("user:\(name)", now: t)
        throttle.recordFailure("client:\(client)", now: t)
        // a name without a usable password still costs one bcrypt, so that the answer's timing does
        // not tell which names exist
        let held = users[name].flatMap { $0.disabled ? nil : $0.passwordHash }
        let matches = try await Self.offActor {
            PasswordHasher.verify(password, hash: held ?? PasswordHasher.decoyHash)
        }
        // read again: the user may have changed while the hash was checked
        guard let user = users[name], !user.disabled, let hash = user.passwordHash, hash == held, matches
        else {
            await record(
                actor: "client:\(client)",
                action: "login_failed",
                target: "user:\(name)",
                outcome: "bad credentials"
            )
            throw SharingRefusal(.unauthorized, "unknown user or wrong password")
        }
        throttle.recordSuccess("user:\(name)")
        throttle.recordSuccess("client:\(client)")
        await record(
            actor: "user:\(name)@\(user.organisation)",
            action: "login",
            target: "session",
            outcome: "ok from \(client)"
        )
        return try await issueToken(
            user: name,
            kind: .session,
            lifetime: Self.sessionLifetime,
            by: "user:\(name)@\(user.organisation)"
        )
    }

    /// Revokes the caller's own token.
    public func logout(_ secret: Substring, principal: Principal) async throws {
        let digest = AccessToken.digest(of: String(secret))
        tokenCache[digest] = nil
        _ = try await store.revokeTokens(user: principal.user, digest: digest)
        await record(actor: principal.auditName, action: "logout", target: "session", outcome: "revoked")
    }
}
