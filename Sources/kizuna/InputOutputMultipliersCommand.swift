import ArgumentParser
import Sanctions

/// `kizuna io multipliers`: output multipliers (column sums of the Leontief inverse) of a table.
struct InputOutputMultipliersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "multipliers",
        abstract: "Output multipliers 1ᵀ(I − A)⁻¹ and value-added coefficients of every sector."
    )

    @OptionGroup var tableOptions: TableOptions
    @Option(help: "json or table.")
    var format: OutputFormat = .table

    func run() throws {
        let model = try tableOptions.model()
        let multipliers = try model.outputMultipliers()
        let table = model.table
        let rows = table.sectors.enumerated().map { j, sector in
            SanctionsReport.Multiplier(
                sector: sector.description,
                region: sector.region,
                industry: sector.code,
                outputMultiplier: multipliers[j],
                valueAddedCoefficient: model.valueAddedCoefficients[j],
                grossOutput: table.grossOutput[j]
            )
        }
        switch format {
        case .json: print(try SanctionsReport.json(SanctionsReport.Multipliers(table: table.name, sectors: rows)))
        case .table:
            print("sector        output multiplier   value added per unit   gross output")
            for row in rows {
                print(
                    SanctionsReport.pad(row.sector, 14)
                        + SanctionsReport.pad(SanctionsReport.fixed(row.outputMultiplier, 6), 20)
                        + SanctionsReport.pad(SanctionsReport.fixed(row.valueAddedCoefficient, 6), 23)
                        + SanctionsReport.fixed(row.grossOutput, 0)
                )
            }
        }
    }
}
