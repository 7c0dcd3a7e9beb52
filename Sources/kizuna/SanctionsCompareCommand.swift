import ArgumentParser
import Sanctions

/// `kizuna sanctions compare`: several coalitions against the same target with the same measures.
struct SanctionsCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare coalitions side by side (repeat --coalition)."
    )

    @OptionGroup var tableOptions: TableOptions
    @Option(help: "A coalition (codes and aliases, comma-separated); repeat for each coalition to compare.")
    var coalition: [String]
    @OptionGroup var measures: MeasureOptions
    @Option(help: "json or table.")
    var format: OutputFormat = .table

    func validate() throws {
        guard !coalition.isEmpty else { throw ValidationError("give at least one --coalition") }
    }

    func run() throws {
        let model = try tableOptions.model()
        let solver = ScenarioSolver(model: model)
        var assessments: [ScenarioAssessment] = []
        for spec in coalition {
            let scenario = try measures.scenario(coalition: spec, model: model)
            do {
                assessments.append(try solver.assess(scenario))
            } catch {
                throw SanctionsCommandError("\(spec): \(error)")
            }
        }
        switch format {
        case .json: print(try SanctionsReport.json(SanctionsJSON.Comparison(scenarios: assessments)))
        case .table: print(SanctionsReport.comparisonText(assessments))
        }
    }
}
