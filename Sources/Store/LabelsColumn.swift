import Foundation
import Sharing

/// How the relational stores keep an event's or a zone's ``Labels``: one text column holding the
/// labels as JSON with sorted keys (`{"classification":…,"owner":"jp-mod","releasableTo":[…],"tlp":"GREEN"}`).
///
/// Rows written before labels existed hold NULL until ``NodeStore/adoptUnlabelled(_:)`` gives them
/// the node's picture labels (at every start). A column that is NULL or unreadable reads as
/// ``unreadable``, which nobody may read: a fault hides the row rather than showing it.
enum LabelsColumn {
    /// Labels that no reader passes: the owner is not a valid organisation id and nothing is released.
    static let unreadable = Labels(owner: "", tlp: .red)

    static func text(_ labels: Labels) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(labels), as: UTF8.self)) ?? "{}"
    }

    /// Reads columns of one query, decoding each distinct text once (events of one zone share it).
    struct Reader {
        private var seen: [String: Labels] = [:]

        mutating func labels(_ text: String?) -> Labels {
            guard let text else { return LabelsColumn.unreadable }
            if let known = seen[text] { return known }
            let labels = (try? JSONDecoder().decode(Labels.self, from: Data(text.utf8))) ?? LabelsColumn.unreadable
            if seen.count < 1024 { seen[text] = labels }
            return labels
        }
    }
}
