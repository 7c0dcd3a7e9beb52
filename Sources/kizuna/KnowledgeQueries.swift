import ArgumentParser
import Knowledge

/// `kizuna kb actors`: every actor with its kind and group.
struct KnowledgeActors: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "List actors.")

    @OptionGroup var options: KnowledgeOptions

    func run() throws {
        let base = try options.load()
        switch options.format {
        case .json:
            try KnowledgeOutput.printJSON(base.actors)
        case .table:
            KnowledgeOutput.printTable(
                ["id", "kind", "region", "name", "sources"],
                base.actors.map {
                    [$0.id, $0.kind.rawValue, $0.region.rawValue, $0.name, KnowledgeOutput.cite($0.sources)]
                }
            )
        }
    }
}

/// `kizuna kb relations ACTOR [--with ACTOR] [--as-of DATE]`.
struct KnowledgeRelations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Relations of an actor, optionally with another and as of a day."
    )

    @OptionGroup var options: KnowledgeOptions
    @Argument(help: "Actor id, e.g. JPN or NATO.") var actor: String
    @Option(name: .customLong("with"), help: "Only relations that also involve this actor.") var other: String?
    @Option(help: "Only relations that held on this day (YYYY-MM-DD).") var asOf: String?

    func run() throws {
        let base = try options.load()
        let actor = try KnowledgeOptions.actor(actor, in: base)
        let other = try other.map { try KnowledgeOptions.actor($0, in: base) }
        let relations = base.relations(of: actor, with: other, asOf: try KnowledgeOptions.day(asOf))
        try KnowledgeOutput.printRelations(relations, format: options.format)
    }
}

/// `kizuna kb timeline ACTOR [--with ACTOR]`.
struct KnowledgeTimeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Dated steps of an actor's relations, and its incidents and facts."
    )

    @OptionGroup var options: KnowledgeOptions
    @Argument(help: "Actor id.") var actor: String
    @Option(name: .customLong("with"), help: "Only what also involves this actor.") var other: String?

    func run() throws {
        let base = try options.load()
        let actor = try KnowledgeOptions.actor(actor, in: base)
        let other = try other.map { try KnowledgeOptions.actor($0, in: base) }
        let entries = base.timeline(of: actor, with: other)
        switch options.format {
        case .json:
            try KnowledgeOutput.printJSON(entries)
        case .table:
            KnowledgeOutput.printTable(
                ["date", "what", "id", "title", "sources"],
                entries.map {
                    [$0.date.description, $0.label, $0.recordID, $0.title, KnowledgeOutput.cite($0.sources)]
                }
            )
        }
    }
}

/// `kizuna kb indicators [ID]`.
struct KnowledgeIndicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List indicators, or one indicator's dated values."
    )

    @OptionGroup var options: KnowledgeOptions
    @Argument(help: "Indicator id; all indicators when absent.") var id: String?

    func run() throws {
        let base = try options.load()
        var indicators = base.indicators
        if let id {
            indicators = [try base.requireIndicator(id)]
        }
        switch options.format {
        case .json:
            try KnowledgeOutput.printJSON(indicators)
        case .table:
            KnowledgeOutput.printTable(
                ["indicator", "date", "value", "unit", "label", "sources"],
                indicators.flatMap { indicator in
                    indicator.points.map { point in
                        [
                            indicator.id, point.date.description, String(point.value), indicator.unit,
                            point.label ?? "", KnowledgeOutput.cite(point.sources),
                        ]
                    }
                }
            )
        }
    }
}
