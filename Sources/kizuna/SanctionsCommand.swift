import ArgumentParser

/// `kizuna sanctions …`: the coordinated sanctions planner (docs/sanctions.md).
struct SanctionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanctions",
        abstract: "Coordinated sanctions planner: what a coalition's measures cost each member and the target.",
        subcommands: [SanctionsAssessCommand.self, SanctionsCompareCommand.self, SanctionsBenchmarkCommand.self]
    )
}

/// A sanctions or `io` failure that is not a usage mistake (a refused table, an unknown country):
/// printed as `Error: …` without the usage text, exit status 1.
struct SanctionsCommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}

/// `kizuna io …`: input-output table tools.
struct InputOutputCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "io",
        abstract: "Input-output table tools.",
        subcommands: [InputOutputMultipliersCommand.self]
    )
}
