import ArgumentParser
import Sanctions

/// `kizuna sanctions benchmark`: times one scenario, repeated, for BENCHMARKS.md (`make bench-sanctions`).
struct SanctionsBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Time table loading, model set-up and one scenario (repeated); prints JSON.",
        shouldDisplay: false
    )

    @OptionGroup var tableOptions: TableOptions
    @Option(help: "Coalition, as for assess.")
    var coalition: String
    @OptionGroup var measures: MeasureOptions
    @Option(help: "How many times the scenario is solved.")
    var repeats = 20

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let table: InputOutputTable
        do { table = try InputOutputTable.load(directory: tableOptions.table) } catch {
            throw SanctionsCommandError("\(error)")
        }
        let loaded = clock.now
        let model = try InputOutputModel(table: table)
        let built = clock.now
        let scenario = try measures.scenario(coalition: coalition, model: model)
        let solver = ScenarioSolver(model: model)
        var times: [Double] = []
        var last: ScenarioAssessment? = nil
        for _ in 0..<max(1, repeats) {
            let t0 = clock.now
            last = try solver.assess(scenario)
            times.append(Self.milliseconds(clock.now - t0))
        }
        times.sort()
        let target = last!.targetCost.valueAddedChangePercent
        let coalitionCost = last!.coalitionCost.valueAddedChangePercent
        print(
            """
            {"loadMilliseconds": \(Self.milliseconds(loaded - start)), \
            "modelMilliseconds": \(Self.milliseconds(built - loaded)), \
            "scenarioMillisecondsMin": \(times[0]), "scenarioMillisecondsMedian": \(times[times.count / 2]), \
            "repeats": \(times.count), "sweeps": \(last!.solverSweeps), \
            "targetValueAddedChangePercent": \(target), "coalitionValueAddedChangePercent": \(coalitionCost)}
            """
        )
    }

    private static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
}
