import ArgumentParser
import Foundation
import Logging
import Server
import Sharing

/// Where a bootstrapping command finds the node's sharing data: the same `--data` and `--database`
/// as `kizuna serve`, and the node's organisation.
struct SharingLocation: ParsableArguments {
    @Option(help: "The node's data folder [KIZUNA_DATA, default ./kizuna-data].") var data: String?
    @Option(help: "The node's database, as for serve [KIZUNA_DATABASE].") var database: String?
    @Option(help: "The node's organisation id [KIZUNA_ORGANISATION, default local].") var node: String?

    func open() async throws -> SharingService {
        let environment = ProcessInfo.processInfo.environment
        var logger = Logger(label: "kizuna")
        logger.logLevel = .warning
        return try await Node.openSharing(
            database: database ?? environment["KIZUNA_DATABASE"],
            dataDirectory: data ?? environment["KIZUNA_DATA"] ?? "kizuna-data",
            organisation: node ?? environment["KIZUNA_ORGANISATION"] ?? "local",
            logger: logger
        )
    }

    /// Runs `body` and turns a refusal into a clean command-line error.
    func with<T>(_ body: (SharingService) async throws -> T) async throws -> T {
        let sharing = try await open()
        do {
            let result = try await body(sharing)
            try await sharing.store.close()
            return result
        } catch let refusal as SharingRefusal {
            try? await sharing.store.close()
            throw SharingCommandError(description: refusal.description)
        } catch {
            try? await sharing.store.close()
            throw error
        }
    }

    /// How the audit log names the command line.
    var actor: String { "cli:\(ProcessInfo.processInfo.userName)" }
}

/// A refusal, printed as `Error: …` without the usage text (the command was used right).
struct SharingCommandError: Error, CustomStringConvertible {
    let description: String
}

struct OrganisationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: "Organisations taking part in sharing.",
        subcommands: [Add.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add or rename an organisation.")
        @Argument(help: "Id: letters, digits and '-'.") var id: String
        @Option(help: "Full name.") var name: String
        @Option(help: "ISO 3166-1 alpha-3 nation; none for an international body.") var nation: String?
        @OptionGroup var location: SharingLocation

        func run() async throws {
            try await location.with { sharing in
                try await sharing.addOrganisation(Organisation(id: id, name: name, nation: nation), by: location.actor)
            }
            print("organisation \(id) saved")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organisations.")
        @OptionGroup var location: SharingLocation

        func run() async throws {
            for o in try await location.with({ await $0.allOrganisations() }) {
                print([o.id, o.nation ?? "-", o.name].joined(separator: "\t"))
            }
        }
    }
}

struct GroupsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Sharing groups: named sets of organisations.",
        subcommands: [Add.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add or replace a sharing group.")
        @Argument(help: "Id: letters, digits and '-'.") var id: String
        @Option(help: "Member organisation ids, comma-separated.") var orgs: String
        @Option(help: "Display name.") var name: String?
        @OptionGroup var location: SharingLocation

        func run() async throws {
            let members = Set(orgs.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            try await location.with { sharing in
                try await sharing.addGroup(SharingGroup(id: id, name: name, members: members), by: location.actor)
            }
            print("group \(id) saved with \(members.count) organisations")
        }
    }
}

struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "People who sign in.",
        subcommands: [Add.self, Disable.self]
    )

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable a user: their tokens and sessions stop working, on a running node within seconds."
        )
        @Argument(help: "User name.") var name: String
        @OptionGroup var location: SharingLocation

        func run() async throws {
            try await location.with { try await $0.disableUser(name, by: location.actor) }
            print("user \(name) disabled")
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add or replace a user.")
        @Argument(help: "User name: letters, digits and '-'.") var name: String
        @Option(help: "The user's organisation id.") var org: String
        @Option(help: "viewer, analyst or admin.") var role: String
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false
        @OptionGroup var location: SharingLocation

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("--role must be viewer, analyst or admin")
            }
            var password: String?
            if passwordStdin {
                guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                    throw ValidationError("--password-stdin: no password on standard input")
                }
                password = line
            }
            try await location.with { sharing in
                try await sharing.addUser(
                    name: name,
                    organisation: org,
                    role: role,
                    password: password,
                    by: location.actor
                )
            }
            print("user \(name) saved (\(role.rawValue) of \(org))")
        }
    }
}

struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "API tokens for machines.",
        subcommands: [Add.self, Revoke.self]
    )

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke every token and session of a user; a running node refuses them within seconds."
        )
        @Option(help: "The user whose tokens are revoked.") var user: String
        @OptionGroup var location: SharingLocation

        func run() async throws {
            let revoked = try await location.with { try await $0.revokeTokens(user: user, by: location.actor) }
            print("\(revoked) tokens of \(user) revoked")
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue an API token; prints it as the last line.")
        @Option(help: "The user the token acts as.") var user: String
        @Option(help: "Days until it expires; none for no expiry.") var days: Double?
        @OptionGroup var location: SharingLocation

        func run() async throws {
            let lifetime = try days.map { d -> Int64 in
                guard d > 0 else { throw ValidationError("--days must be positive") }
                return Int64(d * 86_400)
            }
            let (token, stored) = try await location.with { sharing in
                try await sharing.issueToken(user: user, kind: .api, lifetime: lifetime, by: location.actor)
            }
            print(
                "token for \(user)"
                    + (stored.expires.map { ", expires at \($0) (seconds since 1970)" } ?? ", no expiry") + ":"
            )
            print(token.secret)
        }
    }
}
