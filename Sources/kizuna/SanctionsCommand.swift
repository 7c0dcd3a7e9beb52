import ArgumentParser

/// `kizuna sanctions …`: the coordinated sanctions planner (not built yet).
struct SanctionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sanctions", abstract: "Coordinated sanctions planner.")
}

/// `kizuna io …`: input-output table tools (not built yet).
struct InputOutputCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "io", abstract: "Input-output table tools.")
}
