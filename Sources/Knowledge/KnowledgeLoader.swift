import Foundation
import Yams

/// Loads the knowledge base from a directory of YAML files and validates it.
///
/// Each `.yaml` file (searched recursively, in path order) is a mapping whose keys are any of
/// `publications`, `actors`, `relations`, `indicators`, `incidents`, `facts` and `conflicts`,
/// each a list of records (see `docs/knowledge.md`). The loader reports every problem it finds,
/// each with the file and line, and throws `KnowledgeValidationError` if there is any.
public struct KnowledgeLoader: Sendable {
    /// Top-level keys a dataset file may have.
    static let sections = ["publications", "actors", "relations", "indicators", "incidents", "facts", "conflicts"]

    public init() {}

    /// Loads every `.yaml` file under `directory`.
    /// - Throws: `KnowledgeValidationError` listing each problem.
    public func load(directory: String) throws(KnowledgeValidationError) -> KnowledgeBase {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeValidationError(issues: [
                KnowledgeIssue(.missingDataset, file: directory, line: 0, "no knowledge directory here")
            ])
        }
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { paths.append(path) }
        }
        guard !paths.isEmpty else {
            throw KnowledgeValidationError(issues: [
                KnowledgeIssue(.missingDataset, file: directory, line: 0, "no .yaml files in the knowledge directory")
            ])
        }
        var files: [(name: String, text: String)] = []
        var unreadable: [KnowledgeIssue] = []
        for path in paths.sorted() {
            let full = (directory as NSString).appendingPathComponent(path)
            if let text = try? String(contentsOfFile: full, encoding: .utf8) {
                files.append((full, text))
            } else {
                unreadable.append(KnowledgeIssue(.syntax, file: full, line: 0, "cannot read as UTF-8 text"))
            }
        }
        do {
            return try load(files: files)
        } catch {
            throw KnowledgeValidationError(issues: unreadable + error.issues)
        }
    }

    /// Loads a dataset given as (file name, YAML text) pairs; the names appear in issues.
    /// - Throws: `KnowledgeValidationError` listing each problem.
    public func load(files: [(name: String, text: String)]) throws(KnowledgeValidationError) -> KnowledgeBase {
        let log = IssueLog()
        var draft = DatasetDraft()
        for (name, text) in files {
            let root: Node?
            do {
                root = try Yams.compose(yaml: text)
            } catch {
                log.add(.syntax, name, Self.line(of: error), "not valid YAML: \(Self.problem(of: error))")
                continue
            }
            guard let root else { continue }
            guard let mapping = root.mapping else {
                log.add(.syntax, name, root.mark?.line ?? 1, "a dataset file must be a mapping of sections")
                continue
            }
            for (key, value) in mapping {
                let section = key.scalar?.string ?? ""
                guard Self.sections.contains(section) else {
                    log.add(
                        .unknownField,
                        name,
                        key.mark?.line ?? 0,
                        "unknown section `\(section)` (expected one of \(Self.sections.joined(separator: ", ")))"
                    )
                    continue
                }
                guard let sequence = value.sequence else {
                    log.add(.syntax, name, value.mark?.line ?? 0, "`\(section)` must be a list of records")
                    continue
                }
                for item in sequence {
                    guard let reader = RecordReader(item, file: name, log: log, what: "record") else { continue }
                    draft.read(section: section, reader)
                }
            }
        }
        let base = draft.validate(log: log)
        if !log.issues.isEmpty { throw KnowledgeValidationError(issues: log.issues) }
        return base
    }

    private static func line(of error: any Error) -> Int {
        guard let yamlError = error as? YamlError else { return 0 }
        switch yamlError {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 0
        }
    }

    private static func problem(of error: any Error) -> String {
        guard let yamlError = error as? YamlError else { return String(describing: error) }
        switch yamlError {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return String(describing: yamlError)
        }
    }
}
