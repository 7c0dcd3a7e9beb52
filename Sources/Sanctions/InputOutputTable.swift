/// A multi-regional input-output table: intermediate flows Z, final demand F and gross output x.
///
/// Rows and columns of Z are sectors (region × industry) in region-major order: all industries of
/// one region, then the next. F has the same rows and one column per region and final-demand
/// category. Values are in the table's currency unit (WIOD: current US$ million).
/// The initialiser checks the shape and refuses bad tables with a `TableError`.
public struct InputOutputTable: Sendable {
    /// A name for reports, e.g. `WIOD 2013 release, 2011`.
    public var name: String
    /// The sectors, rows (and columns) of Z, in order.
    public let sectors: [SectorLabel]
    /// Region codes in the order they first appear in `sectors`.
    public let regions: [String]
    /// Rows of Z belonging to each region of `regions` (contiguous).
    public let regionRanges: [Range<Int>]
    /// Columns of F: a region and a final-demand category.
    public let finalDemandColumns: [SectorLabel]
    /// Intermediate flows Z (sectors × sectors): Z_ij is sold by sector i to sector j.
    public let intermediate: DenseMatrix
    /// Final demand F (sectors × final-demand columns).
    public let finalDemand: DenseMatrix
    /// Gross output x per sector: as published when given, else Z·1 + F·1.
    public let grossOutput: [Double]
    /// Industry names by code, when the table comes with them (WIOD: c14 → Electrical and Optical Equipment).
    public var industryNames: [String: String]

    /// Checks and assembles a table.
    ///
    /// Throws `TableError` when Z is not square or does not match `sectors`, when F's rows do not
    /// match, when a final-demand column names a region with no sectors, when a region's sectors are
    /// not contiguous, when labels repeat, or when a gross output is negative or not finite.
    public init(
        name: String,
        sectors: [SectorLabel],
        intermediate: DenseMatrix,
        finalDemandColumns: [SectorLabel],
        finalDemand: DenseMatrix,
        grossOutput: [Double]? = nil,
        industryNames: [String: String] = [:]
    ) throws(TableError) {
        let n = sectors.count
        guard intermediate.rows == intermediate.columns else {
            throw .notSquare(rows: intermediate.rows, columns: intermediate.columns, file: nil)
        }
        guard intermediate.rows == n else {
            throw .invalid("Z has \(intermediate.rows) rows but there are \(n) sector labels")
        }
        guard finalDemand.rows == n else {
            throw .invalid("F has \(finalDemand.rows) rows but Z has \(n)")
        }
        guard finalDemand.columns == finalDemandColumns.count else {
            throw .invalid("F has \(finalDemand.columns) columns but \(finalDemandColumns.count) labels")
        }
        guard Set(sectors).count == n else {
            throw .invalid("sector labels repeat: \(Self.firstRepeat(sectors) ?? "?")")
        }
        var regions: [String] = []
        var ranges: [Range<Int>] = []
        for (i, sector) in sectors.enumerated() {
            if sector.region == regions.last {
                ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound..<(i + 1)
            } else {
                guard !regions.contains(sector.region) else {
                    throw .invalid(
                        "sectors of region \(sector.region) are not contiguous (again at position \(i + 1), \(sector))"
                    )
                }
                regions.append(sector.region)
                ranges.append(i..<(i + 1))
            }
        }
        for column in finalDemandColumns where !regions.contains(column.region) {
            throw .invalid("final-demand column \(column) names region \(column.region), which has no sectors in Z")
        }
        for (matrix, name) in [(intermediate, "Z"), (finalDemand, "F")] {
            if let bad = matrix.elements.firstIndex(where: { !$0.isFinite }) {
                let row = sectors[bad / matrix.columns]
                throw .invalid("\(name) holds a value that is not a finite number in row \(row)")
            }
        }
        let output: [Double]
        if let grossOutput {
            guard grossOutput.count == n else {
                throw .invalid("gross output has \(grossOutput.count) entries but Z has \(n) rows")
            }
            output = grossOutput
        } else {
            let z = intermediate.rowSums()
            let f = finalDemand.rowSums()
            output = (0..<n).map { z[$0] + f[$0] }
        }
        for (i, value) in output.enumerated() where !(value >= 0) || !value.isFinite {
            throw .negativeOutput(sector: sectors[i].description, value: value, file: nil)
        }
        self.name = name
        self.sectors = sectors
        self.regions = regions
        self.regionRanges = ranges
        self.finalDemandColumns = finalDemandColumns
        self.intermediate = intermediate
        self.finalDemand = finalDemand
        self.grossOutput = output
        self.industryNames = industryNames
    }

    /// Number of sectors (rows of Z).
    public var sectorCount: Int { sectors.count }

    /// Industry codes in the order of the first region (WIOD: c1…c35).
    public var industries: [String] {
        var seen = Set<String>()
        return sectors.map(\.code).filter { seen.insert($0).inserted }
    }

    private static func firstRepeat(_ labels: [SectorLabel]) -> String? {
        var seen = Set<SectorLabel>()
        for label in labels where !seen.insert(label).inserted { return label.description }
        return nil
    }
}
