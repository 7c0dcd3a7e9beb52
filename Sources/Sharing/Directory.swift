/// An organisation taking part in sharing: a ministry, an agency, an alliance headquarters.
public struct Organisation: Sendable, Hashable, Codable {
    /// Letters, digits and '-' (``Identifier``).
    public var id: String
    public var name: String
    /// ISO 3166-1 alpha-3 of the organisation's nation; nil for an international body (NATO, the EU).
    public var nation: String?

    public init(id: String, name: String, nation: String? = nil) {
        self.id = id
        self.name = name
        self.nation = nation
    }
}

/// A named set of organisations that a label can release to in one word (e.g. `quad`, `ip4-jpn`).
public struct SharingGroup: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var members: Set<String>

    public init(id: String, name: String? = nil, members: Set<String>) {
        self.id = id
        self.name = name ?? id
        self.members = members
    }
}

/// What a user may do: viewers read, analysts also write records, admins also manage identities
/// and peers.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case viewer
    case analyst
    case admin

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .analyst: 1
        case .admin: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// Who is asking: the caller's organisation, its nation and the groups that hold it, resolved
/// once per request from the directory. The policy decides reads from this alone.
public struct Reader: Sendable, Hashable {
    public var organisation: String
    public var nation: String?
    public var groups: Set<String>

    public init(organisation: String, nation: String?, groups: Set<String>) {
        self.organisation = organisation
        self.nation = nation
        self.groups = groups
    }

    /// The reader an organisation is, given every sharing group known.
    public init(_ organisation: Organisation, groups: some Sequence<SharingGroup>) {
        self.init(
            organisation: organisation.id,
            nation: organisation.nation,
            groups: Set(groups.lazy.filter { $0.members.contains(organisation.id) }.map(\.id))
        )
    }
}
