/// Solves (I − M)·y = b for a nonnegative square M whose spectral radius is below 1, by block
/// Gauss–Seidel iteration over contiguous blocks of rows (one block per region).
///
/// Each diagonal block I − M_rr is inverted exactly (dense LU, 35 × 35 for WIOD) and the
/// off-diagonal part, the trade between regions, is swept with the newest values. Because
/// I − M is then a nonsingular M-matrix, this regular splitting converges, and it converges fast
/// because cross-border flows are small beside domestic ones: on WIOD 2011 it reaches a relative
/// change of 1e-14 in 15 sweeps, against 64 for the plain power series (x = f + A·x).
/// A sweep costs one multiply-add per nonzero plus Σ n_r² for the blocks.
public struct LeontiefSolver: Sendable {
    /// The row ranges of the blocks, in order, covering 0..<size.
    public let blocks: [Range<Int>]
    /// Size of the system.
    public let size: Int
    private let blockInverses: [[Double]]
    private let offStart: [Int]
    private let offIndex: [Int]
    private let offValue: [Double]

    /// The outcome of a solve: the solution and the number of sweeps it took.
    public struct Solution: Sendable {
        /// y with (I − M)·y = b.
        public var values: [Double]
        /// Number of block Gauss–Seidel sweeps.
        public var sweeps: Int
    }

    /// Prepares the solver for `matrix` (M, not I − M) split into `blocks`.
    ///
    /// When `sameDiagonalBlocksAs` is given, its block inverses are reused: the caller promises that
    /// `matrix` has the same diagonal blocks (true when only trade between regions is cut), which
    /// saves the LU work, about a quarter of a WIOD scenario. Throws `LinearAlgebraError` when a
    /// diagonal block I − M_rr is singular.
    public init(
        matrix: SparseMatrix,
        blocks: [Range<Int>],
        sameDiagonalBlocksAs reference: LeontiefSolver? = nil
    ) throws(LinearAlgebraError) {
        precondition(matrix.rows == matrix.columns, "the Leontief system must be square")
        let n = matrix.rows
        precondition(blocks.map(\.count).reduce(0, +) == n, "blocks must cover the matrix")
        var blockOf = Array(repeating: 0, count: n)
        for (b, range) in blocks.enumerated() {
            for i in range { blockOf[i] = b }
        }
        let reused = reference.flatMap { $0.blocks == blocks ? $0.blockInverses : nil }
        var diagonal = reused != nil ? [] : blocks.map { DenseMatrix.identity($0.count) }
        var start = [0]
        var index: [Int] = []
        var value: [Double] = []
        start.reserveCapacity(n + 1)
        index.reserveCapacity(matrix.nonzeroCount)
        value.reserveCapacity(matrix.nonzeroCount)
        for i in 0..<n {
            let b = blockOf[i]
            let lower = blocks[b].lowerBound
            for k in matrix.rowStart[i]..<matrix.rowStart[i + 1] {
                let j = matrix.columnIndex[k]
                if blockOf[j] == b {
                    if reused == nil { diagonal[b][i - lower, j - lower] -= matrix.values[k] }
                } else {
                    index.append(j)
                    value.append(matrix.values[k])
                }
            }
            start.append(index.count)
        }
        var inverses: [[Double]] = []
        if let reused {
            inverses = reused
        } else {
            inverses.reserveCapacity(blocks.count)
            for block in diagonal {
                inverses.append(try LUDecomposition(block).inverse().elements)
            }
        }
        self.blocks = blocks
        self.size = n
        self.blockInverses = inverses
        self.offStart = start
        self.offIndex = index
        self.offValue = value
    }

    /// Solves (I − M)·y = b, starting from `start` (default: b).
    ///
    /// Stops when the largest change of a sweep is at most `tolerance` times the largest |y|.
    /// Throws `LinearAlgebraError` when that has not happened after `maxSweeps`.
    public func solve(
        _ b: [Double],
        start: [Double]? = nil,
        tolerance: Double = 1e-14,
        maxSweeps: Int = 500
    ) throws(LinearAlgebraError) -> Solution {
        precondition(b.count == size, "right-hand side length does not match the system")
        var y = start ?? b
        precondition(y.count == size, "start vector length does not match the system")
        let largestBlock = blocks.map(\.count).max() ?? 0
        var residual = Array(repeating: 0.0, count: largestBlock)
        var change = Double.infinity
        for sweep in 1...max(1, maxSweeps) {
            change = sweepOnce(&y, b, &residual)
            var largest = 0.0
            for v in y { largest = max(largest, abs(v)) }
            if change <= tolerance * largest { return Solution(values: y, sweeps: sweep) }
        }
        var largest = 0.0
        for v in y { largest = max(largest, abs(v)) }
        throw .notConverged(iterations: maxSweeps, relativeChange: largest > 0 ? change / largest : change)
    }

    /// One block Gauss–Seidel sweep in place; returns the largest absolute change.
    private func sweepOnce(_ y: inout [Double], _ b: [Double], _ scratch: inout [Double]) -> Double {
        var change = 0.0
        y.withUnsafeMutableBufferPointer { y in
            scratch.withUnsafeMutableBufferPointer { r in
                b.withUnsafeBufferPointer { b in
                    offStart.withUnsafeBufferPointer { start in
                        offIndex.withUnsafeBufferPointer { index in
                            offValue.withUnsafeBufferPointer { value in
                                for (blockNumber, block) in blocks.enumerated() {
                                    let lower = block.lowerBound
                                    let m = block.count
                                    for i in block {
                                        var s = b[i]
                                        for k in start[i]..<start[i + 1] { s += value[k] * y[index[k]] }
                                        r[i - lower] = s
                                    }
                                    blockInverses[blockNumber].withUnsafeBufferPointer { inv in
                                        for row in 0..<m {
                                            var s = 0.0
                                            let base = row * m
                                            for col in 0..<m { s += inv[base + col] * r[col] }
                                            change = max(change, abs(s - y[lower + row]))
                                            y[lower + row] = s
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return change
    }
}
