import ArgumentParser

/// The `kizuna` command line: one executable for every job a node does.
@main
struct Kizuna: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kizuna",
        abstract: "A shared maritime and security picture for Japan and its partners.",
        subcommands: [
            DecodeCommand.self,
            AnalyzeCommand.self,
            SimulateCommand.self,
            ScoreCommand.self,
            KnowledgeCommand.self,
            SanctionsCommand.self,
            InputOutputCommand.self,
            ServeCommand.self,
            ReplayCommand.self,
            OrganisationsCommand.self,
            GroupsCommand.self,
            UsersCommand.self,
            TokensCommand.self,
            PeersCommand.self,
            NodeCommand.self,
            AuditCommand.self,
        ]
    )
}
