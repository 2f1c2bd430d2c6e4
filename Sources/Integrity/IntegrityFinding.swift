/// One integrity problem: a rule of SPEC broken by a model, a template or a doc.
public struct IntegrityFinding: Sendable, Hashable, Codable, Comparable {
    /// How serious it is: errors fail the build and the check.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// Fails the build.
        case error
        /// Reported only (fails with `--warnings-as-errors`).
        case warning

        /// Errors sort first.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// What the finding is about, so the site can link to it.
    public enum Subject: Sendable, Hashable, Codable {
        /// A model, by record id.
        case model(recordId: String)
        /// A content template, by id.
        case contentTemplate(id: String)
        /// A workflow template, by id.
        case workflowTemplate(id: String)
        /// A doc, by its path relative to the docs folder.
        case doc(path: String)
        /// A page of the built site, by its path relative to the site root.
        case sitePage(path: String)
    }

    /// How serious it is.
    public var severity: Severity
    /// A stable code naming the rule, e.g. `duplicate-record-id`.
    public var rule: String
    /// What is wrong, in words.
    public var message: String
    /// What it is about.
    public var subject: Subject
    /// The file it comes from, relative to the package root when known.
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?

    /// Creates a finding.
    public init(severity: Severity, rule: String, message: String, subject: Subject, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.subject = subject
        self.file = file
        self.line = line
        self.column = column
    }

    /// Sorted by severity, then file, line, column, rule and message: reports are stable.
    public static func < (a: IntegrityFinding, b: IntegrityFinding) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        if (a.file ?? "") != (b.file ?? "") { return (a.file ?? "") < (b.file ?? "") }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        if (a.column ?? 0) != (b.column ?? 0) { return (a.column ?? 0) < (b.column ?? 0) }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
