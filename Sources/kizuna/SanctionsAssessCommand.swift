import ArgumentParser
import Sanctions

/// `kizuna sanctions assess`: one coalition's package against one target.
struct SanctionsAssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Value-added change of every country when a coalition cuts trade with a target."
    )

    @OptionGroup var tableOptions: TableOptions
    @Option(help: "Coalition: region codes and aliases (EU, G7, IP4, QUAD), comma-separated.")
    var coalition: String
    @OptionGroup var measures: MeasureOptions
    @Option(help: "json or table.")
    var format: OutputFormat = .table
    @Option(help: "Most exposed industries listed per coalition member.")
    var top = 3

    func run() throws {
        let model = try tableOptions.model()
        let scenario = try measures.scenario(coalition: coalition, model: model)
        let assessment: ScenarioAssessment
        do {
            assessment = try ScenarioSolver(model: model).assess(scenario, industriesPerMember: top)
        } catch {
            throw SanctionsCommandError(error.description)
        }
        switch format {
        case .json: print(try SanctionsReport.json(assessment))
        case .table: print(SanctionsReport.text(assessment))
        }
    }
}
