import Foundation
import Knowledge

/// The repository's dataset, loaded once for all tests (found relative to this file).
enum Fixture {
    static let dataDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/knowledge").path

    static let base: KnowledgeBase = {
        do {
            return try KnowledgeLoader().load(directory: dataDirectory)
        } catch {
            fatalError("the dataset does not load:\n\(error)")
        }
    }()

    /// A day, for brevity in tests.
    static func day(_ text: String) -> PartialDate { PartialDate(text)! }

    /// Ids of the relations of `actor` (with `other`) that held on `day`.
    static func held(_ actor: String, with other: String? = nil, on day: String) -> Set<String> {
        Set(base.relations(of: actor, with: other, asOf: Fixture.day(day)).map(\.id))
    }
}
