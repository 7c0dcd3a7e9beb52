import ArgumentParser

/// `kizuna kb …`: the partnership knowledge base (not built yet).
struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kb", abstract: "The partnership knowledge base.")
}
