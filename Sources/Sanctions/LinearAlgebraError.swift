/// A failure of the linear algebra: a singular matrix or an iteration that did not converge.
public struct LinearAlgebraError: Error, CustomStringConvertible, Sendable {
    private enum Kind: Sendable {
        case singular(pivot: Int)
        case notConverged(iterations: Int, relativeChange: Double)
    }

    private let kind: Kind

    /// The matrix is singular (or numerically so): the pivot in column `pivot` is zero.
    static func singular(pivot: Int) -> LinearAlgebraError { .init(kind: .singular(pivot: pivot)) }

    /// The block Gauss–Seidel iteration stopped without meeting its tolerance.
    static func notConverged(iterations: Int, relativeChange: Double) -> LinearAlgebraError {
        .init(kind: .notConverged(iterations: iterations, relativeChange: relativeChange))
    }

    public var description: String {
        switch kind {
        case .singular(let pivot):
            return "matrix is singular: zero pivot in column \(pivot)"
        case .notConverged(let iterations, let change):
            return "Leontief solve did not converge after \(iterations) iterations (last relative change \(change));"
                + " is the spectral radius of A below 1?"
        }
    }
}
