/// A dense matrix of `Double`, stored row by row (row-major).
///
/// Used for the tables as read (intermediate flows Z, final demand F), for the small diagonal
/// blocks the solver inverts, and for a full Leontief inverse of small tables.
public struct DenseMatrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements, row after row: element (i, j) is at `i * columns + j`.
    public var elements: [Double]

    /// A matrix filled with one value.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing row-major elements; `elements.count` must be `rows * columns`.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(elements.count == rows * columns, "element count does not match the dimensions")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// The identity matrix of size `n`.
    public static func identity(_ n: Int) -> DenseMatrix {
        var m = DenseMatrix(rows: n, columns: n)
        for i in 0..<n { m.elements[i * n + i] = 1 }
        return m
    }

    /// Element (row, column).
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// The sum of each row.
    public func rowSums() -> [Double] {
        (0..<rows).map { i in
            var s = 0.0
            for j in 0..<columns { s += elements[i * columns + j] }
            return s
        }
    }

    /// The sum of each column.
    public func columnSums() -> [Double] {
        var sums = Array(repeating: 0.0, count: columns)
        for i in 0..<rows {
            for j in 0..<columns { sums[j] += elements[i * columns + j] }
        }
        return sums
    }

    /// The product of this matrix with a column vector of length `columns`.
    public func multiply(_ vector: [Double]) -> [Double] {
        precondition(vector.count == columns, "vector length does not match the matrix")
        return (0..<rows).map { i in
            var s = 0.0
            for j in 0..<columns { s += elements[i * columns + j] * vector[j] }
            return s
        }
    }
}
