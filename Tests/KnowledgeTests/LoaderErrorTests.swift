import Knowledge
import Testing

/// Each kind of problem the loader reports, on a small dataset that has just that problem, with
/// the file and line it names.
@Suite("Loader errors")
struct LoaderErrorTests {
    static let publications = """
        publications:
          - id: DOC
            title: A document
            date: "2023"
        """

    static let actors = """
        actors:
          - id: JPN
            name: Japan
            kind: state
            region: indo-pacific
            sources: ["DOC p. 1"]
          - id: NATO
            name: NATO
            kind: organisation
            region: euro-atlantic
            sources: ["DOC p. 1"]
        """

    /// A relation record with `extra` lines added (each already indented by four spaces).
    static func relation(_ extra: String = "", sources: String = "    sources: [\"DOC p. 2\"]\n") -> String {
        "relations:\n  - id: nato-jpn\n    name: Partnership\n    kind: partnership-programme\n"
            + "    actors: [NATO, JPN]\n    status: active\n" + extra + sources
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let kind: KnowledgeIssue.Kind
        let text: String
        let line: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown actor",
            kind: .unknownActor,
            text: relation().replacingOccurrences(of: "[NATO, JPN]", with: "[NATO, XYZ]"),
            line: 5
        ),
        Case(
            name: "end before start",
            kind: .endBeforeStart,
            text: relation("    signed: \"2020-05\"\n    ended: \"2019\"\n"),
            line: 8
        ),
        Case(
            name: "in force before signed",
            kind: .endBeforeStart,
            text: relation("    signed: \"2020\"\n    in_force: \"2019-12-31\"\n"),
            line: 8
        ),
        Case(name: "missing source", kind: .missingSource, text: relation(sources: ""), line: 2),
        Case(
            name: "unknown publication",
            kind: .unknownPublication,
            text: relation(sources: "    sources: [\"NOPE p. 3\"]\n"),
            line: 7
        ),
        Case(name: "unknown domain", kind: .unknownDomain, text: relation("    domains: [cyber, knitting]\n"), line: 7),
        Case(
            name: "invalid value",
            kind: .invalidValue,
            text: relation().replacingOccurrences(of: "status: active", with: "status: sort-of"),
            line: 6
        ),
        Case(name: "invalid date", kind: .invalidDate, text: relation("    signed: \"2023-02-30\"\n"), line: 7),
        Case(
            name: "missing field",
            kind: .missingField,
            text: relation().replacingOccurrences(of: "    name: Partnership\n", with: ""),
            line: 2
        ),
        Case(name: "unknown field", kind: .unknownField, text: relation("    signd: \"2020\"\n"), line: 7),
        Case(
            name: "duplicate id",
            kind: .duplicateID,
            text: relation() + String(relation().dropFirst("relations:\n".count)),
            line: 8
        ),
        Case(
            name: "unknown reference",
            kind: .unknownReference,
            text:
                "conflicts:\n  - id: c1\n    subject: nothing-here\n    field: signed\n    summary: s\n    claims:\n      - value: \"2022\"\n        sources: [\"DOC p. 1\"]\n      - value: \"2023\"\n        sources: [\"DOC p. 2\"]\n    resolution:\n      outcome: corrected\n      note: n\n      sources: [\"DOC p. 3\"]\n",
            line: 3
        ),
        Case(name: "YAML syntax", kind: .syntax, text: "relations:\n  - id: [unclosed\n", line: 3),
    ]

    @Test(arguments: cases)
    func reportsKindFileAndLine(_ testCase: Case) throws {
        let files = [
            ("publications.yaml", Self.publications), ("actors.yaml", Self.actors), ("case.yaml", testCase.text),
        ]
        let error = try #require(throws: KnowledgeValidationError.self) {
            try KnowledgeLoader().load(files: files)
        }
        let issue = try #require(error.issues.first { $0.kind == testCase.kind }, "\(error)")
        #expect(issue.file == "case.yaml")
        #expect(issue.line == testCase.line, "\(issue)")
        #expect(issue.description.hasPrefix("case.yaml:\(testCase.line): \(testCase.kind):"))
    }

    @Test func validDatasetLoads() throws {
        let base = try KnowledgeLoader().load(files: [
            ("publications.yaml", Self.publications), ("actors.yaml", Self.actors), ("case.yaml", Self.relation()),
        ])
        let relation = try #require(base.relation("nato-jpn"))
        #expect(relation.sources.first?.title == "A document")
        #expect(relation.sources.first?.locator == "p. 2")
    }

    @Test func missingDirectoryIsReported() throws {
        let error = try #require(throws: KnowledgeValidationError.self) {
            try KnowledgeLoader().load(directory: "/nonexistent/knowledge")
        }
        #expect(error.contains(.missingDataset))
    }
}
