import ArgumentParser
import Knowledge

/// `kizuna kb path A B [--as-of DATE]`: how two actors are connected.
struct KnowledgePath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "A shortest chain of cooperative relations between two actors."
    )

    @OptionGroup var options: KnowledgeOptions
    @Argument(help: "From actor.") var from: String
    @Argument(help: "To actor.") var to: String
    @Option(help: "Use only relations that held on this day (YYYY-MM-DD).") var asOf: String?

    func run() throws {
        let base = try options.load()
        let from = try KnowledgeOptions.actor(from, in: base)
        let to = try KnowledgeOptions.actor(to, in: base)
        let steps = try base.requirePath(from: from, to: to, asOf: try KnowledgeOptions.day(asOf))
        switch options.format {
        case .json:
            try KnowledgeOutput.printJSON(steps)
        case .table:
            KnowledgeOutput.printTable(
                ["from", "to", "relation", "kind", "start", "sources"],
                steps.map {
                    [
                        $0.from, $0.to, $0.relation.id, $0.relation.kind.rawValue,
                        KnowledgeOutput.text($0.relation.start), KnowledgeOutput.cite($0.relation.sources),
                    ]
                }
            )
        }
    }
}

/// `kizuna kb measures [--as-of DATE]`: degree, betweenness and Japan's bridging.
struct KnowledgeMeasures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measures",
        abstract: "Degree and betweenness on the as-of network; how far an actor bridges the two groups."
    )

    @OptionGroup var options: KnowledgeOptions
    @Option(help: "The day of the network (YYYY-MM-DD); default 2025-06-01.") var asOf: String?
    @Option(help: "Actor whose bridging between Euro-Atlantic and Indo-Pacific groups to measure.")
    var bridge: String = "JPN"

    func run() throws {
        let base = try options.load()
        let day = try KnowledgeOptions.day(asOf) ?? KnowledgeQuestion.defaultMeasuresDay
        let measures = base.measures(asOf: day, bridgeActor: try KnowledgeOptions.actor(bridge, in: base))
        switch options.format {
        case .json:
            try KnowledgeOutput.printJSON(measures)
        case .table:
            print("network of \(day): \(measures.nodeCount) actors, \(measures.edgeCount) ties")
            KnowledgeOutput.printTable(
                ["actor", "region", "degree", "betweenness", "normalised"],
                measures.actors.map {
                    [$0.id, $0.region.rawValue, String($0.degree), format($0.betweenness), format($0.normalised)]
                }
            )
            if let bridge = measures.bridge {
                print(
                    "\(bridge.actor) carries \(format(bridge.share * 100))% of shortest paths between "
                        + "\(bridge.connectedPairs) Euro-Atlantic/Indo-Pacific pairs"
                        + (bridge.since.map { ", without a break since \($0)" } ?? "")
                )
            }
            print("sources: \(KnowledgeOutput.cite(measures.sources))")
        }
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}

/// `kizuna kb search TEXT`.
struct KnowledgeSearch: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Find records by text.")

    @OptionGroup var options: KnowledgeOptions
    @Argument(help: "Text to look for (case-insensitive).") var text: String

    func run() throws {
        let hits = try options.load().search(text)
        switch options.format {
        case .json:
            try KnowledgeOutput.printJSON(hits)
        case .table:
            KnowledgeOutput.printTable(
                ["type", "id", "date", "title", "sources"],
                hits.map {
                    [$0.recordType, $0.id, KnowledgeOutput.text($0.date), $0.title, KnowledgeOutput.cite($0.sources)]
                }
            )
        }
    }
}

/// `kizuna kb conflicts [SUBJECT]`: disagreements between sources and how they were settled.
struct KnowledgeConflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Claims that disagree, side by side, with the correcting source."
    )

    @OptionGroup var options: KnowledgeOptions
    @Argument(help: "Only conflicts about this record id.") var subject: String?

    func run() throws {
        let base = try options.load()
        let conflicts = subject.map { base.conflicts(about: $0) } ?? base.conflicts
        switch options.format {
        case .json:
            try KnowledgeOutput.printJSON(conflicts)
        case .table:
            for conflict in conflicts {
                print("\(conflict.id) — \(conflict.subject).\(conflict.field): \(conflict.summary)")
                for claim in conflict.claims {
                    print("    claim: \(claim.value)  [\(KnowledgeOutput.cite(claim.sources))]")
                }
                let resolution = conflict.resolution
                print(
                    "    \(resolution.outcome.rawValue): \(resolution.value ?? "-")  [\(KnowledgeOutput.cite(resolution.sources))]"
                )
            }
        }
    }
}
