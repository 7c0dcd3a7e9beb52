/// Why a store could not be opened or used.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    private enum Kind: Sendable { case badLocation, closed, auditOutOfOrder }
    private let kind: Kind
    public let description: String

    private init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// The `--database` value could not be understood.
    public static func badLocation(_ text: String) -> StoreError {
        StoreError(
            .badLocation,
            "cannot use database location '\(text)': expected postgres://user:password@host:port/db, sqlite:PATH or memory:"
        )
    }

    static let closed = StoreError(.closed, "the store is closed")

    /// An audit entry was offered at a sequence other than one past the last (a concurrent writer).
    static func auditOutOfOrder(expected: Int64, got: Int64) -> StoreError {
        StoreError(.auditOutOfOrder, "audit entry \(got) offered where \(expected) comes next")
    }
}
