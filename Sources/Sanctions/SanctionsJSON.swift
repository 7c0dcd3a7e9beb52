import Foundation

/// The JSON form of sanctions results, one encoding for the command line (`--format json`) and
/// the node's API (`/api/v1/sanctions/…`), so that both print the same document.
public enum SanctionsJSON {
    /// `compare`'s document: one assessment per coalition, in the order asked.
    public struct Comparison: Sendable, Codable {
        /// The assessments.
        public var scenarios: [ScenarioAssessment]

        /// A comparison of `scenarios`.
        public init(scenarios: [ScenarioAssessment]) { self.scenarios = scenarios }
    }

    /// `value` as UTF-8 JSON: sorted keys, indented, slashes unescaped.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// `value` as a JSON string, as `encode` writes it.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
