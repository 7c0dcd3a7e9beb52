import Hummingbird
import Logging
import Sanctions

/// The sanctions planner's input-output model, loaded from `directory` on first use and kept for
/// the life of the node (WIOD 2011 loads in about 55 ms in a release build; a scenario then takes
/// about 6 ms). A table that cannot be loaded is reported, and refused again, on every request.
public actor TradeTableLoader {
    /// A loaded table: the model, its solver and its description for `GET /api/v1/sanctions`.
    public struct Loaded: Sendable {
        public let model: InputOutputModel
        public let solver: ScenarioSolver
        public let description: TableDescription
    }

    /// The table's directory; nil when the node has none.
    public let directory: String?
    private let logger: Logger
    private var loading: Task<Loaded, any Error>?

    /// A loader for the table in `directory` (nothing is read until the first request).
    public init(directory: String?, logger: Logger) {
        self.directory = directory
        self.logger = logger
    }

    /// The model, loading it the first time; throws a 503 `HTTPError` saying why when there is no
    /// usable table.
    public func loaded() async throws -> Loaded {
        if let loading { return try await loading.value }
        guard let directory else {
            throw HTTPError(
                .serviceUnavailable,
                message: "this node has no input-output table for the sanctions planner (--trade-table DIR)"
            )
        }
        let logger = logger
        let task = Task.detached { () throws -> Loaded in
            let clock = ContinuousClock()
            let start = clock.now
            do {
                let model = try InputOutputModel(table: InputOutputTable.load(directory: directory))
                logger.info(
                    "trade table loaded",
                    metadata: [
                        "table": "\(model.table.name)", "directory": "\(directory)", "took": "\(clock.now - start)",
                    ]
                )
                return Loaded(
                    model: model,
                    solver: ScenarioSolver(model: model),
                    description: TableDescription(table: model.table)
                )
            } catch {
                logger.error("trade table refused", metadata: ["directory": "\(directory)", "error": "\(error)"])
                throw HTTPError(
                    .serviceUnavailable,
                    message: "the sanctions planner's table in \(directory) cannot be used: \(error)"
                )
            }
        }
        loading = task
        return try await task.value
    }
}
