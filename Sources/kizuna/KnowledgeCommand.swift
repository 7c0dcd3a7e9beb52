import ArgumentParser
import Foundation
import Knowledge

/// `kizuna kb …`: the partnership knowledge base — who is tied to whom, since when, by which
/// agreement, with the sources for each answer. See docs/knowledge.md.
struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "The partnership knowledge base: relations, timelines, indicators, network measures.",
        subcommands: [
            KnowledgeCheck.self,
            KnowledgeActors.self,
            KnowledgeRelations.self,
            KnowledgeTimeline.self,
            KnowledgeIndicators.self,
            KnowledgePath.self,
            KnowledgeMeasures.self,
            KnowledgeSearch.self,
            KnowledgeConflicts.self,
        ]
    )
}

/// A `kb` failure that is not a usage mistake: printed as `Error: …` without the usage text.
struct KnowledgeCommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}

/// How a `kb` answer is printed.
enum KnowledgeFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case table
}

/// Options every `kb` query shares: where the dataset is and how to print.
struct KnowledgeOptions: ParsableArguments {
    @Option(help: "Directory of the knowledge YAML files.")
    var dataDir: String = "Data/knowledge"

    @Option(help: "Output format: json or table.")
    var format: KnowledgeFormat = .table

    /// Loads and validates the dataset, or fails with the loader's issues on stderr.
    func load() throws -> KnowledgeBase {
        do {
            return try KnowledgeLoader().load(directory: dataDir)
        } catch {
            if error.contains(.missingDataset) {
                throw KnowledgeCommandError(
                    "no knowledge base at \(dataDir): run from the repository root or pass --data-dir DIR"
                )
            }
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }

    /// Parses an `--as-of` value (YYYY-MM-DD, or YYYY-MM, YYYY).
    static func day(_ text: String?) throws -> PartialDate? {
        try KnowledgeQuestion.day(text, parameter: "--as-of")
    }

    /// Resolves an actor id given on the command line, case-insensitively.
    static func actor(_ text: String, in base: KnowledgeBase) throws -> String {
        do {
            return try base.actorID(text)
        } catch {
            throw KnowledgeCommandError("\(error) (see `kizuna kb actors`)")
        }
    }
}

/// `kizuna kb check`: loads and validates the dataset and prints what it holds.
struct KnowledgeCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the dataset; print counts, or every problem with file and line."
    )

    @OptionGroup var options: KnowledgeOptions

    func run() throws {
        let base = try options.load()
        let uncited = base.allCitations.filter { base.publication($0.publication) == nil }
        switch options.format {
        case .json:
            let counts = Dictionary(uniqueKeysWithValues: base.counts.map { ($0.name, $0.count) })
            try KnowledgeOutput.printJSON(counts)
        case .table:
            for (name, count) in base.counts {
                print("\(name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(count)")
            }
            print("ok: every record cites a source (\(base.allCitations.count) citations)")
        }
        if !uncited.isEmpty { throw ExitCode(1) }
    }
}
