import Sanctions
import Testing

/// The scenario method on a three-region, one-industry table whose answers are worked out by hand.
///
/// Regions J (coalition), C (target), W (bystander). Z, F (one column per buying region) and x:
///
///           J    C    W  |  F_J  F_C  F_W |   x
///     J    10   20    0  |   50   30   10 |  120
///     C    30   40   10  |   20  100    0 |  200
///     W     0   10   20  |    0   10   60 |  100
///
/// v = (2/3, 0.65, 0.7); baseline value added J 80, C 130, W 70.
@Suite("Scenario method on a hand-checked table")
struct SmallTableTests {
    static func model() throws -> InputOutputModel {
        let labels = ["J", "C", "W"].map { SectorLabel(region: $0, code: "c1") }
        let table = try InputOutputTable(
            name: "hand",
            sectors: labels,
            intermediate: DenseMatrix(rows: 3, columns: 3, elements: [10, 20, 0, 30, 40, 10, 0, 10, 20]),
            finalDemandColumns: ["J", "C", "W"].map { SectorLabel(region: $0, code: "FD") },
            finalDemand: DenseMatrix(rows: 3, columns: 3, elements: [50, 30, 10, 20, 100, 0, 0, 10, 60])
        )
        return try InputOutputModel(table: table)
    }

    static func scenario(
        _ direction: TradeDirection,
        method: ScenarioMethod = .baseline,
        retaliation: Bool = false
    ) throws -> SanctionScenario {
        SanctionScenario(
            coalition: try Coalition("J", regions: ["J", "C", "W"]),
            target: "C",
            direction: direction,
            retaliation: retaliation,
            method: method
        )
    }

    @Test("baseline: x, v and value added")
    func baseline() throws {
        let model = try Self.model()
        #expect(model.table.grossOutput == [120, 200, 100])
        #expect(ReferenceTool.maxRelativeError(model.baselineOutput, [120, 200, 100]) < 1e-14)
        #expect(ReferenceTool.maxRelativeError(model.valueAddedCoefficients, [2.0 / 3, 0.65, 0.7]) < 1e-14)
        #expect(ReferenceTool.maxRelativeError(model.baselineValueAddedByRegion, [80, 130, 70]) < 1e-13)
    }

    @Test("imports cut, no substitution")
    func importsCut() throws {
        // A′ drops C→J (30/120) and F drops C's 20 of final sales to J: f′ = (90, 100, 70).
        // C and W: 0.8·xC − 0.1·xW = 100 and −0.05·xC + 0.8·xW = 70; then (11/12)·xJ = 90 + 0.1·xC.
        let xC = 108.75 / 0.79375
        let xW = 87.5 + 0.0625 * xC
        let xJ = (90 + 0.1 * xC) * 12 / 11
        let a = try ScenarioSolver(model: Self.model()).assess(Self.scenario(.imports))
        let expected = [2.0 / 3 * xJ / 80, 0.65 * xC / 130, 0.7 * xW / 70].map { 100 * ($0 - 1) }
        #expect(ReferenceTool.maxRelativeError(a.countries.map(\.valueAddedChangePercent), expected) < 1e-10)
        #expect(a.countries.map(\.role) == [.coalition, .target, .bystander])
        #expect(abs(a.leverage! - a.targetCost.valueAddedChange / a.coalitionCost.valueAddedChange) < 1e-12)
        #expect(a.burden.count == 1 && abs(a.burden[0].shareOfLossPercent - 100) < 1e-9)
    }

    @Test("imports cut with re-sourcing: J's own sector fills in")
    func importsResourced() throws {
        // J's use of c1 per unit of output stays 40/120, now all domestic: A′_JJ = 1/3; J's final
        // demand 70 all domestic: f′ = (110, 100, 70). C and W as in the baseline cut.
        let xC = 108.75 / 0.79375
        let xJ = (110 + 0.1 * xC) * 1.5
        let a = try ScenarioSolver(model: Self.model()).assess(Self.scenario(.imports, method: .resourcing))
        #expect(abs(a.countries[0].valueAddedChangePercent - 100 * (2.0 / 3 * xJ / 80 - 1)) < 1e-10)
        #expect(abs(a.countries[1].valueAddedChangePercent - 100 * (0.65 * xC / 130 - 1)) < 1e-10)
    }

    @Test("supply side (Ghosh): J's exports to C cut, C loses the input and produces less")
    func supplySide() throws {
        // B = diag(x)⁻¹·Z; w = v∘x = (80, 130, 70); xᵀ = wᵀ + xᵀ·B′ with B′_JC = 0:
        // 0.8·xC − 0.1·xW = 130, −0.05·xC + 0.8·xW = 70, (11/12)·xJ = 80 + 0.15·xC.
        let xC = 138.75 / 0.79375
        let xW = 87.5 + 0.0625 * xC
        let xJ = (80 + 0.15 * xC) * 12 / 11
        let a = try ScenarioSolver(model: Self.model()).assess(Self.scenario(.exports, method: .supply))
        let expected = [2.0 / 3 * xJ / 80, 0.65 * xC / 130, 0.7 * xW / 70].map { 100 * ($0 - 1) }
        #expect(ReferenceTool.maxRelativeError(a.countries.map(\.valueAddedChangePercent), expected) < 1e-10)
        #expect(a.targetCost.valueAddedChangePercent < -10)
    }

    @Test("both directions equals a dense solve of the cut system")
    func bothCut() throws {
        let model = try Self.model()
        var m = DenseMatrix.identity(3)
        let a = model.coefficients.dense()
        for i in 0..<3 {
            for j in 0..<3 where !(i == 0 && j == 1) && !(i == 1 && j == 0) { m[i, j] -= a[i, j] }
        }
        let x = try LUDecomposition(m).solve([60, 100, 70])
        let assessment = try ScenarioSolver(model: model).assess(Self.scenario(.both))
        let v = model.valueAddedCoefficients
        let expected = (0..<3).map { 100 * (v[$0] * x[$0] / model.baselineValueAdded[$0] - 1) }
        #expect(ReferenceTool.maxRelativeError(assessment.countries.map(\.valueAddedChangePercent), expected) < 1e-10)
    }

    @Test("retaliation adds the opposite direction", arguments: [TradeDirection.imports, .exports])
    func retaliation(direction: TradeDirection) throws {
        let solver = ScenarioSolver(model: try Self.model())
        let retaliated = try solver.assess(Self.scenario(direction, retaliation: true))
        let both = try solver.assess(Self.scenario(.both))
        #expect(
            ReferenceTool.maxRelativeError(
                retaliated.countries.map(\.valueAddedChangePercent),
                both.countries.map(\.valueAddedChangePercent)
            )
                < 1e-12
        )
    }

    @Test("a target inside the coalition and unknown codes are refused")
    func refusals() throws {
        let solver = ScenarioSolver(model: try Self.model())
        let inside = SanctionScenario(
            coalition: try Coalition("J,C", regions: ["J", "C", "W"]),
            target: "C",
            direction: .both
        )
        #expect(throws: ScenarioError.self) { try solver.assess(inside) }
        var unknownIndustry = try Self.scenario(.both)
        unknownIndustry.industries = ["c99"]
        #expect(throws: ScenarioError.self) { try solver.assess(unknownIndustry) }
        #expect(throws: ScenarioError.self) { try Coalition("XYZ", regions: ["J", "C", "W"]) }
    }
}
