/// One problem the loader found in the dataset, with the file and line that hold it.
public struct KnowledgeIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem; compare with the static members (`.unknownActor`, `.endBeforeStart`…).
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case missingDataset = "missing dataset"
            case syntax = "YAML syntax"
            case missingField = "missing field"
            case unknownField = "unknown field"
            case invalidValue = "invalid value"
            case invalidDate = "invalid date"
            case duplicateID = "duplicate id"
            case unknownActor = "unknown actor"
            case unknownPublication = "unknown publication"
            case missingSource = "missing source"
            case endBeforeStart = "end before start"
            case unknownDomain = "unknown domain"
            case unknownReference = "unknown reference"
        }

        private let base: Base

        /// The data directory does not exist or holds no `.yaml` file.
        public static let missingDataset = Kind(base: .missingDataset)
        /// The file is not well-formed YAML, or not shaped as the dataset expects.
        public static let syntax = Kind(base: .syntax)
        /// A required field is absent or empty.
        public static let missingField = Kind(base: .missingField)
        /// A field the schema does not know (often a typo).
        public static let unknownField = Kind(base: .unknownField)
        /// A kind, status, region, stance, outcome or number that is not allowed.
        public static let invalidValue = Kind(base: .invalidValue)
        /// Not a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` calendar date.
        public static let invalidDate = Kind(base: .invalidDate)
        /// Two records of one kind share an id.
        public static let duplicateID = Kind(base: .duplicateID)
        /// A record names an actor that `actors` does not define.
        public static let unknownActor = Kind(base: .unknownActor)
        /// A citation names a publication that `publications` does not define.
        public static let unknownPublication = Kind(base: .unknownPublication)
        /// A record, point or claim has no citation.
        public static let missingSource = Kind(base: .missingSource)
        /// A relation ends (or enters into force, or resumes) before it starts (or is signed, or suspended).
        public static let endBeforeStart = Kind(base: .endBeforeStart)
        /// A cooperation domain that `CooperationDomain` does not list.
        public static let unknownDomain = Kind(base: .unknownDomain)
        /// A conflict's subject or a position's subject names no record.
        public static let unknownReference = Kind(base: .unknownReference)

        public var description: String { base.rawValue }
    }

    public let kind: Kind
    /// Path of the file, as given to the loader.
    public let file: String
    /// 1-based line, 0 when the problem is not tied to a line.
    public let line: Int
    public let message: String

    public init(_ kind: Kind, file: String, line: Int, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: kind: message`, as compilers print it.
    public var description: String { "\(file):\(line): \(kind): \(message)" }
}

/// The loader's answer when the dataset has problems: all of them, in file and line order.
public struct KnowledgeValidationError: Error, Sendable, CustomStringConvertible {
    public let issues: [KnowledgeIssue]

    public init(issues: [KnowledgeIssue]) {
        self.issues = issues.sorted { ($0.file, $0.line, $0.message) < ($1.file, $1.line, $1.message) }
    }

    /// True when some issue is of `kind`.
    public func contains(_ kind: KnowledgeIssue.Kind) -> Bool { issues.contains { $0.kind == kind } }

    public var description: String {
        (issues.map(\.description) + ["\(issues.count) problem(s) in the knowledge base"]).joined(separator: "\n")
    }
}
