/// Something wrong (or worth fixing) in a doc, found while loading a docs collection.
public struct DocProblem: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, CaseIterable {
        /// The generated site would be wrong (for example a broken link); fail strict builds.
        case error
        /// The doc renders, but probably not as the author intended.
        case warning
    }

    /// The doc's path relative to the docs root, as found on disk (for example `dir/Some Doc.md`).
    public let file: String
    /// The 1-based source line, when the problem has a position.
    public let line: Int?
    /// The 1-based source column (in UTF-8 bytes), when the problem has a position.
    public let column: Int?
    /// Whether this is an error or a warning.
    public let severity: Severity
    /// A human-readable explanation, for example `link to missing doc 'ARCH.md'`.
    public let message: String

    /// Creates a problem record.
    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// Compiler-style `file:line:column: severity: message`, which editors and CI logs link up.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}
