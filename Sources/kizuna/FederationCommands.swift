import ArgumentParser
import Foundation
import Server
import Sharing
import Store

struct PeersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peers",
        abstract: "Partner nodes this node federates with.",
        subcommands: [Add.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add or update a peer: its organisation, address and Ed25519 public key (from `kizuna node key` there)."
        )
        @Argument(help: "The peer node's organisation id (add it with `kizuna orgs add` first).") var organisation:
            String
        @Option(
            help:
                "The peer's base URL, e.g. https://kizuna.partner.example:8443. Without it, a key-only peer: an origin whose records arrive through relays, checked with its key, never sent to."
        ) var url: String?
        @Option(help: "The peer's public key, base64.") var key: String
        @OptionGroup var location: SharingLocation

        func run() async throws {
            try await location.with { sharing in
                try await sharing.addPeer(
                    Peer(organisation: organisation, url: url ?? "", publicKey: key),
                    by: location.actor
                )
            }
            print("peer \(organisation) saved")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List peers.")
        @OptionGroup var location: SharingLocation

        func run() async throws {
            for p in try await location.with({ await $0.allPeers() }) {
                print([p.organisation, p.url.isEmpty ? "(key only)" : p.url, p.publicKey].joined(separator: "\t"))
            }
        }
    }
}

struct NodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "node",
        abstract: "This node's own identity.",
        subcommands: [Key.self]
    )

    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print this node's Ed25519 public key (made on first use) for partners to add as a peer."
        )
        @OptionGroup var location: SharingLocation

        func run() async throws {
            print(try await location.with { $0.nodeKey.publicKey.base64 })
        }
    }
}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The tamper-evident audit log.",
        subcommands: [Verify.self, Checkpoint.self, Witnessed.self]
    )

    struct Checkpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign the log's head with the node key and print it, to keep where the node cannot rewrite it."
        )
        @OptionGroup var location: SharingLocation

        func run() async throws {
            let text = try await location.with { sharing -> String in
                guard case .intact(_, let head?) = try await sharing.verifyAudit() else {
                    throw SharingCommandError(description: "the audit log is empty or broken; run kizuna audit verify")
                }
                let time = Int64(Date().timeIntervalSince1970)
                return AuditCheckpoint(head: head, time: time, key: sharing.nodeKey).description
            }
            print(text)
        }
    }

    struct Witnessed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Print the newest audit checkpoint a peer sent this node, for `kizuna audit verify --checkpoint` at the peer."
        )
        @Argument(help: "The peer's organisation id.") var peer: String
        @OptionGroup var location: SharingLocation

        func run() async throws {
            let held = try await location.with { try await $0.witnessedCheckpoint(of: peer) }
            guard let held else { throw SharingCommandError(description: "no checkpoint held from \(peer)") }
            if let conflicting = held.conflicting {
                FileHandle.standardError.write(
                    Data("\(peer) also signed a different head for the same sequence: \(conflicting)\n".utf8)
                )
            }
            print(held.checkpoint)
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain; exit 1 naming the first broken entry when anything was edited or removed."
        )
        @Option(help: "A checkpoint from `kizuna audit checkpoint`: also catches entries cut from the end.")
        var checkpoint: String?
        @OptionGroup var location: SharingLocation

        func run() async throws {
            let signed = try checkpoint.map { try AuditCheckpoint(text: String(contentsOfFile: $0, encoding: .utf8)) }
            let verdict = try await location.with { sharing in
                try await sharing.verifyAudit(checkpoint: signed)
            }
            switch verdict {
            case .intact(let count, let head):
                print("audit log intact: \(count) entries" + (head.map { ", head \($0.sequence) \($0.hash)" } ?? ""))
            case .broken(let failure):
                FileHandle.standardError.write(Data("audit log BROKEN: \(failure)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
