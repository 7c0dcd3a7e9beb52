/// The demand-driven Leontief model of a table: technical coefficients A = Z·diag(x)⁻¹,
/// value-added coefficients v = 1 − column sums of A, and a solver for (I − A)·x = f.
///
/// Sectors with zero gross output get a zero column in A (as pymrio does), hence v = 1.
/// `baselineOutput` is the model's own solution for the table's final demand, x₀ = (I − A)⁻¹·F·1:
/// it equals the published x up to the table's rounding (at most 108 US$ million per sector in
/// WIOD 2011) and is what scenarios are compared with, so that an empty measure changes nothing.
public struct InputOutputModel: Sendable {
    /// The table the model was built from.
    public let table: InputOutputTable
    /// Technical coefficients A (sectors × sectors), sparse.
    public let coefficients: SparseMatrix
    /// Value-added coefficients v_j = 1 − Σ_i A_ij (value added per unit of gross output).
    public let valueAddedCoefficients: [Double]
    /// Final demand of each demanding region for each sector's product (sectors × regions):
    /// F summed over the categories of each region, in the table's currency unit.
    public let finalDemandByRegion: DenseMatrix
    /// x₀ = (I − A)⁻¹·F·1, in the table's currency unit.
    public let baselineOutput: [Double]
    /// Value added per sector at the baseline, v_j·x₀_j.
    public let baselineValueAdded: [Double]
    /// Index into `table.regions` of each sector's region.
    public let regionOfSector: [Int]
    /// The solver prepared for A, blocked by region.
    public let solver: LeontiefSolver

    /// Builds the model and solves the baseline. Throws `LinearAlgebraError` when I − A is singular
    /// or the iteration does not converge (spectral radius of A not below 1).
    public init(table: InputOutputTable) throws(LinearAlgebraError) {
        let n = table.sectorCount
        let x = table.grossOutput
        var a = SparseMatrix(table.intermediate)
        for k in 0..<a.values.count {
            let j = a.columnIndex[k]
            a.values[k] = x[j] > 0 ? a.values[k] / x[j] : 0
        }
        let sums = a.columnSums()
        let v = sums.map { 1 - $0 }
        var regionOf = Array(repeating: 0, count: n)
        for (r, range) in table.regionRanges.enumerated() {
            for i in range { regionOf[i] = r }
        }
        let regionIndex = Dictionary(uniqueKeysWithValues: table.regions.enumerated().map { ($1, $0) })
        var byRegion = DenseMatrix(rows: n, columns: table.regions.count)
        let f = table.finalDemand
        for (c, column) in table.finalDemandColumns.enumerated() {
            let r = regionIndex[column.region]!
            for i in 0..<n { byRegion[i, r] += f.elements[i * f.columns + c] }
        }
        let solver = try LeontiefSolver(matrix: a, blocks: table.regionRanges)
        let demand = byRegion.rowSums()
        let baseline = try solver.solve(demand, start: x).values
        self.table = table
        self.coefficients = a
        self.valueAddedCoefficients = v
        self.finalDemandByRegion = byRegion
        self.baselineOutput = baseline
        self.baselineValueAdded = (0..<n).map { v[$0] * baseline[$0] }
        self.regionOfSector = regionOf
        self.solver = solver
    }

    /// Total final demand per sector, F·1.
    public var finalDemandTotals: [Double] { finalDemandByRegion.rowSums() }

    /// Gross output x = (I − A)⁻¹·f for a final-demand vector f (one entry per sector).
    public func output(for finalDemand: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solver.solve(finalDemand).values
    }

    /// Output multipliers: the column sums of the Leontief inverse, 1ᵀ(I − A)⁻¹, i.e. the gross
    /// output in all sectors needed per unit of final demand for each sector's product.
    ///
    /// Computed without forming the inverse, by solving (I − A)ᵀ·m = 1.
    public func outputMultipliers() throws(LinearAlgebraError) -> [Double] {
        let transposed = try LeontiefSolver(matrix: coefficients.transposed(), blocks: table.regionRanges)
        return try transposed.solve(Array(repeating: 1, count: table.sectorCount)).values
    }

    /// The full Leontief inverse (I − A)⁻¹ by dense LU: n³ work, meant for small tables and checks.
    public func leontiefInverse() throws(LinearAlgebraError) -> DenseMatrix {
        let n = table.sectorCount
        var m = DenseMatrix.identity(n)
        for i in 0..<n {
            for k in coefficients.rowStart[i]..<coefficients.rowStart[i + 1] {
                m[i, coefficients.columnIndex[k]] -= coefficients.values[k]
            }
        }
        return try LUDecomposition(m).inverse()
    }

    /// Value added per region at the baseline, in the order of `table.regions`.
    public var baselineValueAddedByRegion: [Double] { sumByRegion(baselineValueAdded) }

    /// Sums a per-sector vector over each region's sectors.
    public func sumByRegion(_ perSector: [Double]) -> [Double] {
        table.regionRanges.map { range in range.reduce(0) { $0 + perSector[$1] } }
    }
}
