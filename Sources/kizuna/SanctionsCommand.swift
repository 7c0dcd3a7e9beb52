import ArgumentParser

/// `kizuna sanctions …`: the coordinated sanctions planner (docs/sanctions.md).
struct SanctionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanctions",
        abstract: "Coordinated sanctions planner: what a coalition's measures cost each member and the target.",
        subcommands: [SanctionsAssessCommand.self, SanctionsCompareCommand.self, SanctionsBenchmarkCommand.self]
    )
}

/// `kizuna io …`: input-output table tools.
struct InputOutputCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "io",
        abstract: "Input-output table tools.",
        subcommands: [InputOutputMultipliersCommand.self]
    )
}
