import Foundation
import Sanctions
import Testing

/// The JSON that `kizuna sanctions assess --format json` prints is the assessment, encoded.
@Suite("Assessment JSON")
struct AssessmentEncodingTests {
    @Test("countries holds country and valueAddedChangePercent for every region")
    func countriesArray() throws {
        let model = try SmallTableTests.model()
        let assessment = try ScenarioSolver(model: model).assess(SmallTableTests.scenario(.both))
        let data = try JSONEncoder().encode(assessment)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let countries = try #require(object["countries"] as? [[String: Any]])
        #expect(countries.compactMap { $0["country"] as? String } == ["J", "C", "W"])
        #expect(countries.allSatisfy { $0["valueAddedChangePercent"] is Double })
        #expect(object["leverage"] is Double)
        let scenario = try #require(object["scenario"] as? [String: Any])
        #expect(scenario["direction"] as? String == "both")
        #expect(scenario["method"] as? String == "baseline")
    }

    @Test("a scenario that cuts an industry nobody trades changes nothing", arguments: ScenarioMethod.allCases)
    func emptyMeasure(method: ScenarioMethod) throws {
        let labels = ["J", "C"].flatMap { r in ["c1", "c2"].map { SectorLabel(region: r, code: $0) } }
        // c2 is never traded across the border.
        let table = try InputOutputTable(
            name: "two",
            sectors: labels,
            intermediate: DenseMatrix(
                rows: 4,
                columns: 4,
                elements: [5, 1, 2, 0, 1, 4, 0, 0, 3, 0, 6, 1, 0, 0, 1, 2]
            ),
            finalDemandColumns: [SectorLabel(region: "J", code: "FD"), SectorLabel(region: "C", code: "FD")],
            finalDemand: DenseMatrix(rows: 4, columns: 2, elements: [10, 3, 8, 0, 4, 12, 0, 9])
        )
        let model = try InputOutputModel(table: table)
        var scenario = SanctionScenario(
            coalition: try Coalition("J", regions: table.regions),
            target: "C",
            direction: .both,
            method: method
        )
        scenario.industries = ["c2"]
        let assessment = try ScenarioSolver(model: model).assess(scenario)
        #expect(assessment.countries.allSatisfy { abs($0.valueAddedChangePercent) < 1e-12 })
        #expect(assessment.leverage == nil)
        scenario.industries = ["c1"]
        let cut = try ScenarioSolver(model: model).assess(scenario)
        // Without re-sourcing, cutting traded goods costs both sides.
        if method != .resourcing {
            #expect(cut.countries.allSatisfy { $0.valueAddedChangePercent < 0 })
        }
    }
}
