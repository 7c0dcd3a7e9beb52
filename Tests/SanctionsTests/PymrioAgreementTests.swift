import Foundation
import Sanctions
import Testing

/// The input-output core against pymrio (PyPI), to a relative 1e-9, on pymrio's bundled test
/// system and on the shipped WIOD 2011 table.
@Suite("Agreement with pymrio")
struct PymrioAgreementTests {
    struct SmallReference: Decodable {
        var sectors: [String]
        var x: [Double]
        var A: [Double]
        var L: [Double]
        var multipliers: [Double]
    }

    struct WIODReference: Decodable {
        struct Scenario: Decodable {
            var valueAddedChangePercent: [String: Double]
        }
        var sectors: [String]
        var x0: [Double]
        var multipliers: [Double]
        var supplyValueAddedChangePercent: [String: Double]
        var scenario: Scenario
    }

    @Test("pymrio's test system: A, x, L and output multipliers")
    func pymrioTestSystem() throws {
        let directory = try ReferenceTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try ReferenceTool.run(["pymrio-test", directory.path])
        let reference = try ReferenceTool.decode(
            SmallReference.self,
            from: directory.appendingPathComponent("reference.json")
        )
        let table = try InputOutputTable.load(directory: directory.path)
        #expect(table.sectors.map(\.description) == reference.sectors)
        #expect(table.regions.count == 6)
        let model = try InputOutputModel(table: table)
        #expect(ReferenceTool.maxRelativeError(table.grossOutput, reference.x) < 1e-12)
        let a = model.coefficients.dense().elements
        #expect(zip(a, reference.A).allSatisfy { abs($0 - $1) <= 1e-12 * max(abs($1), 1e-300) })
        let inverse = try model.leontiefInverse().elements
        #expect(ReferenceTool.maxRelativeError(inverse, reference.L, floor: 1e-12) < 1e-9)
        #expect(ReferenceTool.maxRelativeError(try model.outputMultipliers(), reference.multipliers) < 1e-9)
        #expect(ReferenceTool.maxRelativeError(model.baselineOutput, reference.x) < 1e-9)
    }

    @Test("WIOD 2011: output multipliers, baseline output and the JPN–CHN scenario, demand and supply side")
    func wiod() throws {
        let directory = try ReferenceTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("wiod.json")
        try ReferenceTool.run(["wiod", ReferenceTool.wiodDirectory, file.path])
        let reference = try ReferenceTool.decode(WIODReference.self, from: file)
        let table = try InputOutputTable.load(directory: ReferenceTool.wiodDirectory)
        #expect(table.sectors.map(\.description) == reference.sectors)
        let model = try InputOutputModel(table: table)
        let multipliers = try model.outputMultipliers()
        #expect(ReferenceTool.maxRelativeError(multipliers, reference.multipliers) < 1e-9)
        let nonzero = reference.x0.indices.filter { abs(reference.x0[$0]) > 1 }
        #expect(
            ReferenceTool.maxRelativeError(nonzero.map { model.baselineOutput[$0] }, nonzero.map { reference.x0[$0] })
                < 1e-9
        )
        let scenario = SanctionScenario(
            coalition: try Coalition("JPN", regions: table.regions),
            target: "CHN",
            direction: .both
        )
        let assessment = try ScenarioSolver(model: model).assess(scenario)
        for country in assessment.countries {
            let expected = try #require(reference.scenario.valueAddedChangePercent[country.country])
            #expect(abs(country.valueAddedChangePercent - expected) < 1e-9, "\(country.country)")
        }
        var supply = scenario
        supply.method = .supply
        for country in try ScenarioSolver(model: model).assess(supply).countries {
            let expected = try #require(reference.supplyValueAddedChangePercent[country.country])
            #expect(abs(country.valueAddedChangePercent - expected) < 1e-9, "supply side, \(country.country)")
        }
    }
}
