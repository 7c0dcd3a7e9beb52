/// A sparse matrix in compressed sparse row (CSR) form.
///
/// The WIOD 2011 table has 413,525 nonzero intermediate flows out of 2,059,225 cells (20 %), so
/// the technical coefficients A are kept this way: a product with A costs one multiply-add per
/// nonzero, and a scenario's A′ is A with entries dropped or rescaled.
public struct SparseMatrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Row i's entries are at positions `rowStart[i]..<rowStart[i + 1]`; `rowStart.count == rows + 1`.
    public internal(set) var rowStart: [Int]
    /// Column of each stored entry.
    public internal(set) var columnIndex: [Int]
    /// Value of each stored entry.
    public internal(set) var values: [Double]

    /// A matrix from its CSR arrays (checked only for consistent lengths).
    public init(rows: Int, columns: Int, rowStart: [Int], columnIndex: [Int], values: [Double]) {
        precondition(rowStart.count == rows + 1 && columnIndex.count == values.count, "inconsistent CSR arrays")
        self.rows = rows
        self.columns = columns
        self.rowStart = rowStart
        self.columnIndex = columnIndex
        self.values = values
    }

    /// The nonzero entries of a dense matrix.
    public init(_ dense: DenseMatrix) {
        var start = [0]
        var index: [Int] = []
        var value: [Double] = []
        start.reserveCapacity(dense.rows + 1)
        for i in 0..<dense.rows {
            for j in 0..<dense.columns {
                let a = dense.elements[i * dense.columns + j]
                if a != 0 {
                    index.append(j)
                    value.append(a)
                }
            }
            start.append(index.count)
        }
        self.init(rows: dense.rows, columns: dense.columns, rowStart: start, columnIndex: index, values: value)
    }

    /// Number of stored entries.
    public var nonzeroCount: Int { values.count }

    /// Element (row, column), zero when not stored.
    public subscript(row: Int, column: Int) -> Double {
        for k in rowStart[row]..<rowStart[row + 1] where columnIndex[k] == column { return values[k] }
        return 0
    }

    /// The dense form.
    public func dense() -> DenseMatrix {
        var m = DenseMatrix(rows: rows, columns: columns)
        for i in 0..<rows {
            for k in rowStart[i]..<rowStart[i + 1] { m.elements[i * columns + columnIndex[k]] = values[k] }
        }
        return m
    }

    /// The transpose, also in CSR form (entries of each row in increasing column order).
    public func transposed() -> SparseMatrix {
        var counts = Array(repeating: 0, count: columns + 1)
        for j in columnIndex { counts[j + 1] += 1 }
        for j in 0..<columns { counts[j + 1] += counts[j] }
        var next = counts
        var index = Array(repeating: 0, count: values.count)
        var value = Array(repeating: 0.0, count: values.count)
        for i in 0..<rows {
            for k in rowStart[i]..<rowStart[i + 1] {
                let j = columnIndex[k]
                index[next[j]] = i
                value[next[j]] = values[k]
                next[j] += 1
            }
        }
        return SparseMatrix(rows: columns, columns: rows, rowStart: counts, columnIndex: index, values: value)
    }

    /// The sum of each column.
    public func columnSums() -> [Double] {
        var sums = Array(repeating: 0.0, count: columns)
        for k in 0..<values.count { sums[columnIndex[k]] += values[k] }
        return sums
    }

    /// The product with a column vector of length `columns`.
    public func multiply(_ vector: [Double]) -> [Double] {
        precondition(vector.count == columns, "vector length does not match the matrix")
        return (0..<rows).map { i in
            var s = 0.0
            for k in rowStart[i]..<rowStart[i + 1] { s += values[k] * vector[columnIndex[k]] }
            return s
        }
    }
}
