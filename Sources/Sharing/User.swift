/// A person (or a machine account) who signs in to a node, in one organisation with one role.
public struct User: Sendable, Hashable, Codable {
    /// Unique on the node; ``Identifier`` form plus '.', '_' and '@' are not allowed, to keep
    /// audit actors unambiguous.
    public var name: String
    public var organisation: String
    public var role: Role
    /// A bcrypt hash (``PasswordHasher``); nil for accounts that only use API tokens.
    public var passwordHash: String?
    public var disabled: Bool

    public init(name: String, organisation: String, role: Role, passwordHash: String? = nil, disabled: Bool = false) {
        self.name = name
        self.organisation = organisation
        self.role = role
        self.passwordHash = passwordHash
        self.disabled = disabled
    }
}

/// The signed-in caller of one request: who they are, what they may do, and as whom the
/// policy sees them.
public struct Principal: Sendable, Hashable {
    public var user: String
    public var role: Role
    public var reader: Reader

    public init(user: String, role: Role, reader: Reader) {
        self.user = user
        self.role = role
        self.reader = reader
    }

    /// How the audit log names this caller, e.g. `user:alice@jp-mod`.
    public var auditName: String { "user:\(user)@\(reader.organisation)" }
}
