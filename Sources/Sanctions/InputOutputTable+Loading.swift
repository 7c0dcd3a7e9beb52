import Foundation

extension InputOutputTable {
    /// Loads a table from a directory of CSV files in the layout Kizuna ships (`Data/trade`):
    ///
    /// - `Z.csv` or `*_Z.csv`: intermediate flows, header `row,<labels>`, one line per sector;
    /// - `F.csv` or `*_F.csv`: final demand, same rows, columns `REGION_CATEGORY`;
    /// - optionally `x.csv` or `*_x.csv`: published gross output, first field the sector label,
    ///   last field the value (`row,country,industry,gross_output` in WIOD);
    /// - optionally `industries.csv` or `*_industries.csv`: `code,name`.
    ///
    /// Labels are `REGION_CODE` (see `SectorLabel`). Any table converted to this layout loads:
    /// a newer WIOD, OECD ICIO, EXIOBASE. Throws `TableError` naming the file, line and labels at
    /// fault when a file is missing or malformed, when Z is not square, when labels of Z's rows,
    /// Z's columns, F's rows and x's rows differ, or when a gross output is negative.
    public static func load(directory: String, name: String? = nil) throws(TableError) -> InputOutputTable {
        let zFile = try file(endingIn: "Z.csv", in: directory, required: true)!
        let fFile = try file(endingIn: "F.csv", in: directory, required: true)!
        let xFile = try file(endingIn: "x.csv", in: directory, required: false)
        let namesFile = try file(endingIn: "industries.csv", in: directory, required: false)

        let z = try CSVMatrixReader(bytes: read(zFile), file: zFile)
        guard z.rowLabels.count == z.columnLabels.count else {
            throw .notSquare(rows: z.rowLabels.count, columns: z.columnLabels.count, file: zFile)
        }
        var sectors: [SectorLabel] = []
        sectors.reserveCapacity(z.rowLabels.count)
        for (i, text) in z.rowLabels.enumerated() {
            guard let label = SectorLabel(parsing: text) else {
                throw .malformed(zFile, line: i + 2, "row label \(text) is not REGION_CODE")
            }
            sectors.append(label)
        }
        try expect(z.columnLabels, equal: z.rowLabels, what: "column labels of Z", file: zFile)

        let f = try CSVMatrixReader(bytes: read(fFile), file: fFile)
        try expect(f.rowLabels, equal: z.rowLabels, what: "row labels of F", file: fFile)
        var demandColumns: [SectorLabel] = []
        for text in f.columnLabels {
            guard let label = SectorLabel(parsing: text) else {
                throw .malformed(fFile, line: 1, "column label \(text) is not REGION_CATEGORY")
            }
            demandColumns.append(label)
        }

        var output: [Double]? = nil
        if let xFile {
            output = try readOutput(xFile, expecting: z.rowLabels)
        }
        var names: [String: String] = [:]
        if let namesFile {
            let bytes = try read(namesFile) + [0]
            var position = CSVMatrixReader.fields(of: bytes, from: 0).next
            while position < bytes.count - 1 {
                let (fields, next) = CSVMatrixReader.fields(of: bytes, from: position)
                if fields.count >= 2 { names[fields[0]] = fields[1] }
                position = next
            }
        }
        let n = sectors.count
        do {
            return try InputOutputTable(
                name: name ?? defaultName(zFile: zFile, directory: directory),
                sectors: sectors,
                intermediate: DenseMatrix(rows: n, columns: n, elements: z.values),
                finalDemandColumns: demandColumns,
                finalDemand: DenseMatrix(rows: n, columns: demandColumns.count, elements: f.values),
                grossOutput: output,
                industryNames: names
            )
        } catch {
            throw .malformed(directory, line: nil, error.description)
        }
    }

    /// `wiod2013_2011` for `…/wiod2013_2011_Z.csv`, else the directory's name.
    private static func defaultName(zFile: String, directory: String) -> String {
        let base = URL(fileURLWithPath: zFile).lastPathComponent
        return base.hasSuffix("_Z.csv") ? String(base.dropLast(6)) : URL(fileURLWithPath: directory).lastPathComponent
    }

    private static func file(
        endingIn suffix: String,
        in directory: String,
        required: Bool
    ) throws(TableError)
        -> String?
    {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw .malformed(directory, line: nil, "not a readable directory")
        }
        let matches = names.filter { $0 == suffix || $0.hasSuffix("_" + suffix) }.sorted()
        if matches.count > 1 { throw .ambiguousFile("*" + suffix, candidates: matches) }
        guard let match = matches.first else {
            if required { throw .missingFile("\(suffix) or *_\(suffix)", in: directory) }
            return nil
        }
        return (directory as NSString).appendingPathComponent(match)
    }

    private static func read(_ path: String) throws(TableError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return [UInt8](data)
    }

    private static func expect(
        _ found: [String],
        equal expected: [String],
        what: String,
        file: String
    )
        throws(TableError)
    {
        for i in 0..<max(found.count, expected.count) {
            let e = i < expected.count ? expected[i] : "(nothing)"
            let f = i < found.count ? found[i] : "(nothing)"
            if e != f { throw .labelMismatch(what, position: i, expected: e, found: f, file: file) }
        }
    }

    private static func readOutput(_ path: String, expecting labels: [String]) throws(TableError) -> [Double] {
        let bytes = try read(path) + [0]
        var position = CSVMatrixReader.fields(of: bytes, from: 0).next
        var found: [String] = []
        var values: [Double] = []
        var line = 1
        while position < bytes.count - 1 {
            line += 1
            let (fields, next) = CSVMatrixReader.fields(of: bytes, from: position)
            position = next
            if fields.count == 1 && fields[0].isEmpty { continue }
            guard fields.count >= 2, let value = Double(fields[fields.count - 1]) else {
                throw .malformed(path, line: line, "expected a label and a gross output")
            }
            found.append(fields[0])
            values.append(value)
        }
        try expect(found, equal: labels, what: "row labels of gross output x", file: path)
        for (i, value) in values.enumerated() where !(value >= 0) {
            throw .negativeOutput(sector: labels[i], value: value, file: path)
        }
        return values
    }
}
