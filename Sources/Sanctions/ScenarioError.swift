/// Why a sanctions scenario cannot be run, naming the field and the code or setting at fault.
public struct ScenarioError: Error, CustomStringConvertible, Sendable {
    /// The part of the scenario at fault, as named in a `ScenarioRequest` (`coalition`, `target`,
    /// `direction`, `sectors`, `method`, `retaliation`, `coalitions`); nil when the scenario as a
    /// whole cannot be solved.
    public let field: String?
    /// What is wrong, in words.
    public let problem: String

    init(field: String?, _ problem: String) {
        self.field = field
        self.problem = problem
    }

    static func unknownRegion(_ code: String, known: [String], field: String) -> ScenarioError {
        .init(
            field: field,
            "unknown country or alias \(code); the table has \(known.joined(separator: " ")),"
                + " aliases \(Coalition.aliases.keys.sorted().joined(separator: " "))"
        )
    }

    static func emptyCoalition(_ spec: String) -> ScenarioError {
        .init(field: "coalition", "coalition \"\(spec)\" has no member in the table")
    }

    static func targetInCoalition(_ target: String) -> ScenarioError {
        .init(field: "target", "the target \(target) is also a member of the coalition")
    }

    static func unknownIndustry(_ code: String, known: [String]) -> ScenarioError {
        .init(field: "sectors", "unknown industry \(code); the table has \(known.joined(separator: " "))")
    }

    static func unknownValue(_ value: String, field: String, allowed: [String]) -> ScenarioError {
        .init(field: field, "\(field) must be one of \(allowed.joined(separator: ", ")), got \"\(value)\"")
    }

    static func invalid(_ field: String, _ problem: String) -> ScenarioError {
        .init(field: field, "\(field): \(problem)")
    }

    static func unsolvable(_ underlying: LinearAlgebraError) -> ScenarioError {
        .init(field: nil, "the scenario's Leontief system could not be solved: \(underlying)")
    }

    /// `field: problem` when the problem does not already start with the field's name.
    public var description: String {
        guard let field, !problem.hasPrefix(field) else { return problem }
        return "\(field): \(problem)"
    }
}
