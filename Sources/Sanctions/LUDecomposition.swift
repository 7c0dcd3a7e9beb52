/// An LU factorisation with partial pivoting, P·M = L·U, of a square dense matrix.
///
/// Kizuna uses it on small matrices: the per-region diagonal blocks of I − A (35 × 35 for WIOD)
/// and whole tables of a few dozen sectors. Cost: n³/3 multiply-adds to factor, n² per solve.
public struct LUDecomposition: Sendable {
    /// Size of the matrix.
    public let size: Int
    private var factors: [Double]
    private var permutation: [Int]

    /// Factors `matrix`; throws `LinearAlgebraError` when it is singular.
    public init(_ matrix: DenseMatrix) throws(LinearAlgebraError) {
        precondition(matrix.rows == matrix.columns, "LU needs a square matrix")
        let n = matrix.rows
        var a = matrix.elements
        var perm = Array(0..<n)
        for k in 0..<n {
            var pivotRow = k
            var largest = abs(a[k * n + k])
            for i in (k + 1)..<n where abs(a[i * n + k]) > largest {
                largest = abs(a[i * n + k])
                pivotRow = i
            }
            if largest == 0 { throw .singular(pivot: k) }
            if pivotRow != k {
                for j in 0..<n { a.swapAt(k * n + j, pivotRow * n + j) }
                perm.swapAt(k, pivotRow)
            }
            let pivot = a[k * n + k]
            for i in (k + 1)..<n {
                let factor = a[i * n + k] / pivot
                a[i * n + k] = factor
                if factor == 0 { continue }
                for j in (k + 1)..<n { a[i * n + j] -= factor * a[k * n + j] }
            }
        }
        size = n
        factors = a
        permutation = perm
    }

    /// Solves M·y = b.
    public func solve(_ b: [Double]) -> [Double] {
        let n = size
        precondition(b.count == n, "right-hand side length does not match the matrix")
        var y = permutation.map { b[$0] }
        for i in 0..<n {
            var s = y[i]
            for j in 0..<i { s -= factors[i * n + j] * y[j] }
            y[i] = s
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = y[i]
            for j in (i + 1)..<n { s -= factors[i * n + j] * y[j] }
            y[i] = s / factors[i * n + i]
        }
        return y
    }

    /// The inverse M⁻¹, column by column (n solves).
    public func inverse() -> DenseMatrix {
        let n = size
        var result = DenseMatrix(rows: n, columns: n)
        var unit = Array(repeating: 0.0, count: n)
        for j in 0..<n {
            unit[j] = 1
            let column = solve(unit)
            unit[j] = 0
            for i in 0..<n { result.elements[i * n + j] = column[i] }
        }
        return result
    }
}
