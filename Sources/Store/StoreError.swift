/// Why a store could not be opened or used.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    private enum Kind: Sendable { case badLocation, closed }
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
}
