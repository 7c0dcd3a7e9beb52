import Foundation
import Knowledge

/// Printing `kb` answers: JSON for programs, aligned plain-text tables for people.
enum KnowledgeOutput {
    /// Prints `value` as pretty JSON with sorted keys, encoded as the API encodes it.
    static func printJSON(_ value: some Encodable) throws {
        print(String(decoding: try KnowledgeQuestion.json(value, pretty: true), as: UTF8.self))
    }

    /// Prints rows under a header, each column as wide as its widest cell (the last is not padded).
    static func printTable(_ header: [String], _ rows: [[String]]) {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        for row in all {
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            print(cells.joined(separator: "  "))
        }
    }

    /// Short references of `sources`, joined for a table cell.
    static func cite(_ sources: [Citation]) -> String {
        sources.map(\.shortReference).joined(separator: "; ")
    }

    /// The text of an optional date, `-` when absent.
    static func text(_ date: PartialDate?) -> String { date?.description ?? "-" }

    /// Prints relations in either format.
    static func printRelations(_ relations: [Relation], format: KnowledgeFormat) throws {
        switch format {
        case .json:
            try printJSON(relations)
        case .table:
            printTable(
                ["id", "kind", "actors", "start", "end", "status", "sources"],
                relations.map { r in
                    [
                        r.id, r.kind.rawValue, r.actors.joined(separator: ","), text(r.start), text(r.end),
                        r.status.rawValue, cite(r.sources),
                    ]
                }
            )
        }
    }
}
