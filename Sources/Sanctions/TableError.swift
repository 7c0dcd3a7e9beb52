/// Why an input-output table was refused, with the file, line and labels involved.
public struct TableError: Error, CustomStringConvertible, Sendable {
    /// The file the problem was found in, when there is one.
    public let file: String?
    /// The 1-based line in `file`, when there is one.
    public let line: Int?
    /// What is wrong, in words, naming the labels or values at fault.
    public let problem: String

    private init(file: String?, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    static func missingFile(_ pattern: String, in directory: String) -> TableError {
        .init(file: nil, line: nil, problem: "no file matching \(pattern) in \(directory)")
    }

    static func ambiguousFile(_ pattern: String, candidates: [String]) -> TableError {
        .init(file: nil, line: nil, problem: "several files match \(pattern): \(candidates.joined(separator: ", "))")
    }

    static func unreadable(_ file: String) -> TableError {
        .init(file: file, line: nil, problem: "cannot read the file")
    }

    static func malformed(_ file: String?, line: Int?, _ problem: String) -> TableError {
        .init(file: file, line: line, problem: problem)
    }

    static func notSquare(rows: Int, columns: Int, file: String?) -> TableError {
        .init(
            file: file,
            line: nil,
            problem: "intermediate flows Z must be square: \(rows) rows but \(columns) columns"
        )
    }

    static func labelMismatch(
        _ what: String,
        position: Int,
        expected: String,
        found: String,
        file: String?
    )
        -> TableError
    {
        .init(
            file: file,
            line: nil,
            problem:
                "\(what) do not match the rows of Z: at position \(position + 1) expected \(expected), found \(found)"
        )
    }

    static func negativeOutput(sector: String, value: Double, file: String?) -> TableError {
        .init(file: file, line: nil, problem: "gross output of \(sector) is negative (\(value))")
    }

    static func invalid(_ problem: String) -> TableError {
        .init(file: nil, line: nil, problem: problem)
    }

    public var description: String {
        var place = ""
        if let file { place = file + (line.map { ":\($0)" } ?? "") + ": " }
        return place + problem
    }
}
