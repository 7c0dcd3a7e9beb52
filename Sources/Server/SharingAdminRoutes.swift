import Hummingbird
import Sharing

/// Organisations, groups, users, tokens and peers: admins only; everyone may list organisations and
/// groups (to fill a label picker).
enum SharingAdminRoutes {
    static func add(to api: RouterGroup<NodeRequestContext>, sharing: SharingService) {
        struct NewOrganisation: Decodable {
            var id: String
            var name: String
            var nation: String?
        }
        struct NewGroup: Decodable {
            var id: String
            var name: String?
            var members: [String]
        }
        struct NewUser: Decodable {
            var name: String
            var organisation: String
            var role: Role
            var password: String?
        }
        struct NewToken: Decodable {
            var user: String
            /// Seconds; none for a token that does not expire.
            var lifetime: Int64?
        }
        api.get("orgs") { _, context -> Response in
            _ = try context.requirePrincipal()
            return try APIValues.json(
                await sharing.allOrganisations().map {
                    APIValues.dictionary(["id": $0.id, "name": $0.name, "nation": $0.nation])
                }
            )
        }
        api.post("orgs") { request, context -> Response in
            let p = try await admin(context, sharing, "add an organisation")
            let o = try await SharingRoutes.decode(NewOrganisation.self, request, context, sharing: sharing)
            try await SharingRoutes.refusing {
                try await sharing.addOrganisation(
                    Organisation(id: o.id, name: o.name, nation: o.nation),
                    by: p.auditName
                )
            }
            return try APIValues.json(["id": o.id], status: .created)
        }
        api.get("groups") { _, context -> Response in
            _ = try context.requirePrincipal()
            return try APIValues.json(
                await sharing.allGroups().map { ["id": $0.id, "name": $0.name, "members": $0.members.sorted()] }
            )
        }
        api.post("groups") { request, context -> Response in
            let p = try await admin(context, sharing, "add a group")
            let g = try await SharingRoutes.decode(NewGroup.self, request, context, sharing: sharing)
            try await SharingRoutes.refusing {
                try await sharing.addGroup(
                    SharingGroup(id: g.id, name: g.name, members: Set(g.members)),
                    by: p.auditName
                )
            }
            return try APIValues.json(["id": g.id], status: .created)
        }
        api.get("users") { _, context -> Response in
            _ = try await admin(context, sharing, "list users")
            return try APIValues.json(
                await sharing.allUsers().map {
                    [
                        "name": $0.name, "organisation": $0.organisation, "role": $0.role.rawValue,
                        "disabled": $0.disabled,
                    ]
                }
            )
        }
        api.post("users") { request, context -> Response in
            let p = try await admin(context, sharing, "add a user")
            let u = try await SharingRoutes.decode(NewUser.self, request, context, sharing: sharing)
            try await SharingRoutes.refusing {
                try await sharing.addUser(
                    name: u.name,
                    organisation: u.organisation,
                    role: u.role,
                    password: u.password,
                    by: p.auditName
                )
            }
            return try APIValues.json(["name": u.name], status: .created)
        }
        api.post("tokens") { request, context -> Response in
            let p = try await admin(context, sharing, "issue a token")
            let t = try await SharingRoutes.decode(NewToken.self, request, context, sharing: sharing)
            let (token, stored) = try await SharingRoutes.refusing {
                try await sharing.issueToken(user: t.user, kind: .api, lifetime: t.lifetime, by: p.auditName)
            }
            return try APIValues.json(
                APIValues.dictionary([
                    "token": token.secret, "user": t.user, "expires": stored.expires.map { APIValues.iso(seconds: $0) },
                ]),
                status: .created
            )
        }
    }

    /// The caller when they are an admin; otherwise 403 with an audit entry.
    static func admin(
        _ context: NodeRequestContext,
        _ sharing: SharingService,
        _ action: String
    ) async throws -> Principal {
        let p = try context.requirePrincipal()
        try await SharingRoutes.refusing { try await sharing.requireRole(.admin, p, action: action) }
        return p
    }
}
