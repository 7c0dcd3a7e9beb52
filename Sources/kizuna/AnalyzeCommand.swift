import ArgumentParser

/// `kizuna analyze`: offline behaviour detection (not built yet).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "Detect behaviour in AIS files.")
}
