import ArgumentParser
import Sanctions

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case table
}

extension TradeDirection: ExpressibleByArgument {}
extension ScenarioMethod: ExpressibleByArgument {}

/// Where the input-output table is.
struct TableOptions: ParsableArguments {
    @Option(help: "Directory of the table (Z.csv, F.csv, optional x.csv and industries.csv, or *_Z.csv …).")
    var table: String = "Data/trade"

    /// Loads the table and builds its model, turning failures into validation errors.
    func model() throws -> InputOutputModel {
        do {
            return try InputOutputModel(table: InputOutputTable.load(directory: table))
        } catch let error as TableError {
            throw SanctionsCommandError("table refused: \(error)")
        } catch {
            throw SanctionsCommandError("table cannot be used: \(error)")
        }
    }
}

/// The measures of a scenario, shared by `assess`, `compare` and `benchmark`.
struct MeasureOptions: ParsableArguments {
    @Option(help: "Target region code, e.g. CHN.")
    var target: String

    @Option(help: "Flows cut: imports (from the target), exports (to the target) or both.")
    var direction: TradeDirection = .both

    @Option(help: "Comma-separated industry codes whose products are cut, e.g. c14; default all.")
    var sectors: String?

    @Option(help: "baseline (no substitution), resourcing (open suppliers fill in) or supply (Ghosh, lost inputs).")
    var method: ScenarioMethod = .baseline

    @Flag(help: "The target answers by cutting the opposite direction in all industries.")
    var retaliation = false

    /// The scenario for `coalition` in `model`'s table, checked as the node's API checks it.
    func scenario(coalition spec: String, model: InputOutputModel) throws -> SanctionScenario {
        let measures = ScenarioMeasures(
            target: target,
            direction: direction,
            sectors: sectors.map { $0.split(separator: ",").map(String.init) },
            method: method,
            retaliation: retaliation
        )
        do {
            return try measures.scenario(coalition: spec, table: model.table)
        } catch {
            throw SanctionsCommandError(error.description)
        }
    }
}
