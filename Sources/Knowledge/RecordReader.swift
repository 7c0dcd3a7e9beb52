import Yams

/// Collects the issues found while reading one dataset.
final class IssueLog {
    private(set) var issues: [KnowledgeIssue] = []

    func add(_ kind: KnowledgeIssue.Kind, _ file: String, _ line: Int, _ message: String) {
        issues.append(KnowledgeIssue(kind, file: file, line: line, message))
    }
}

/// Reads the fields of one YAML mapping (one record), reporting problems with file and line.
///
/// Every accessor records the key it was asked for, so that `finish()` can report fields the
/// schema does not know.
final class RecordReader {
    let file: String
    let line: Int
    private let mapping: Node.Mapping
    private let log: IssueLog
    private var asked: Set<String> = []

    init?(_ node: Node, file: String, log: IssueLog, what: String) {
        self.file = file
        self.line = node.mark?.line ?? 0
        self.log = log
        guard let mapping = node.mapping else {
            log.add(.syntax, file, node.mark?.line ?? 0, "each \(what) must be a mapping of fields")
            return nil
        }
        self.mapping = mapping
    }

    /// The line of `key`'s value, or of the record.
    func line(of key: String) -> Int { mapping[key]?.mark?.line ?? line }

    func report(_ kind: KnowledgeIssue.Kind, _ key: String?, _ message: String) {
        log.add(kind, file, key.map(line(of:)) ?? line, message)
    }

    /// A scalar field as text; reports a missing field when `required` and absent or empty.
    func string(_ key: String, required: Bool = false) -> String? {
        asked.insert(key)
        guard let node = mapping[key] else {
            if required { report(.missingField, nil, "missing `\(key)`") }
            return nil
        }
        guard let scalar = node.scalar else {
            report(.syntax, key, "`\(key)` must be a single value")
            return nil
        }
        if scalar.string.isEmpty, required { report(.missingField, key, "`\(key)` is empty") }
        return scalar.string.isEmpty ? nil : scalar.string
    }

    /// A list of scalars; a single scalar counts as a list of one.
    func strings(_ key: String, required: Bool = false) -> [String] {
        asked.insert(key)
        guard let node = mapping[key] else {
            if required { report(.missingField, nil, "missing `\(key)`") }
            return []
        }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = node.sequence else {
            report(.syntax, key, "`\(key)` must be a list")
            return []
        }
        let values = sequence.compactMap { item -> String? in
            guard let scalar = item.scalar else {
                log.add(.syntax, file, item.mark?.line ?? line(of: key), "items of `\(key)` must be single values")
                return nil
            }
            return scalar.string
        }
        if values.isEmpty, required { report(.missingField, key, "`\(key)` is empty") }
        return values
    }

    /// A nested mapping, read by its own reader.
    func nested(_ key: String) -> RecordReader? {
        asked.insert(key)
        return mapping[key].flatMap { RecordReader($0, file: file, log: log, what: "`\(key)`") }
    }

    /// A list of nested mappings.
    func records(_ key: String, what: String) -> [RecordReader] {
        asked.insert(key)
        guard let node = mapping[key] else { return [] }
        guard let sequence = node.sequence else {
            report(.syntax, key, "`\(key)` must be a list")
            return []
        }
        return sequence.compactMap { RecordReader($0, file: file, log: log, what: what) }
    }

    /// A date field; reports an invalid date.
    func date(_ key: String, required: Bool = false) -> PartialDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = PartialDate(text) else {
            report(.invalidDate, key, "`\(key)`: \(text) is not YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// A list of dates (a single date counts as a list of one).
    func dates(_ key: String) -> [PartialDate] {
        strings(key).compactMap { text in
            guard let date = PartialDate(text) else {
                report(.invalidDate, key, "`\(key)`: \(text) is not YYYY, YYYY-MM or YYYY-MM-DD")
                return nil
            }
            return date
        }
    }

    /// A value from a fixed set (an enum spelled in the dataset's kebab case).
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = true) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            report(.invalidValue, key, "`\(key)`: \(text) is not one of \(allowed)")
            return nil
        }
        return value
    }

    /// The `sources` list in short form (`"LAC2025 ch. 2"`); reports a record without any.
    func citations(_ key: String = "sources") -> [Citation] {
        let texts = strings(key)
        if texts.isEmpty { report(.missingSource, nil, "no `\(key)`: every fact needs a citation") }
        return texts.compactMap(Citation.init(shortForm:))
    }

    /// Reports every field that no accessor asked for.
    func finish() {
        for (key, _) in mapping {
            guard let name = key.scalar?.string else { continue }
            if !asked.contains(name) {
                log.add(.unknownField, file, key.mark?.line ?? line, "unknown field `\(name)`")
            }
        }
    }
}
