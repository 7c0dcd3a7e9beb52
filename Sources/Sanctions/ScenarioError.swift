/// Why a sanctions scenario cannot be run, naming the code or setting at fault.
public struct ScenarioError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, in words.
    public let problem: String

    private init(_ problem: String) { self.problem = problem }

    static func unknownRegion(_ code: String, known: [String]) -> ScenarioError {
        .init(
            "unknown country or alias \(code); the table has \(known.joined(separator: " ")),"
                + " aliases \(Coalition.aliases.keys.sorted().joined(separator: " "))"
        )
    }

    static func emptyCoalition(_ spec: String) -> ScenarioError {
        .init("coalition \"\(spec)\" has no member in the table")
    }

    static func targetInCoalition(_ target: String) -> ScenarioError {
        .init("the target \(target) is also a member of the coalition")
    }

    static func unknownIndustry(_ code: String, known: [String]) -> ScenarioError {
        .init("unknown industry \(code); the table has \(known.joined(separator: " "))")
    }

    static func unsolvable(_ underlying: LinearAlgebraError) -> ScenarioError {
        .init("the scenario's Leontief system could not be solved: \(underlying)")
    }

    public var description: String { problem }
}
