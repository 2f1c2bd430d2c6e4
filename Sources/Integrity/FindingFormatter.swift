/// Writes findings for people and for CI.
///
/// - `plain`: one compiler-style line per finding, `file:line:column: error: message [rule]`,
///   which editors and CI logs link up. Missing parts are left out (`file: error: …`,
///   `file:12: warning: …`); a finding without a file is labelled by what it is about:
///   `<registry>` for models, `<catalogue>` for templates, the path for docs and site pages.
/// - `github`: GitHub Actions workflow commands,
///   `::error file=…,line=…,col=…,title=<rule>::<message>`, which GitHub shows as annotations
///   on the pull request. Properties escape `%`, CR, LF, `:` and `,`; the message escapes `%`,
///   CR and LF.
///
/// Both formats end with the same summary line (`2 errors, 5 warnings`).
public struct FindingFormatter: Sendable, Hashable {
    /// The output formats.
    public enum Format: String, Sendable, Hashable, CaseIterable, Codable {
        /// `file:line:column: error: message [rule]`.
        case plain
        /// GitHub Actions annotations.
        case github
    }

    /// The format written.
    public var format: Format

    /// Creates a formatter.
    public init(format: Format = .plain) {
        self.format = format
    }

    /// One line for `finding`, without a trailing newline.
    public func line(for finding: IntegrityFinding) -> String {
        switch format {
        case .plain: return Self.plainLine(finding)
        case .github: return Self.githubLine(finding)
        }
    }

    /// One line per finding, in the order given, each ending with a newline.
    public func lines(for findings: [IntegrityFinding]) -> String {
        findings.map { line(for: $0) + "\n" }.joined()
    }

    /// Every finding, then the summary line: what `admin-site check` prints.
    public func report(_ findings: [IntegrityFinding]) -> String {
        lines(for: findings) + Self.summary(for: findings) + "\n"
    }

    /// Every finding of `report`, then the summary line.
    public func report(_ report: IntegrityReport) -> String {
        self.report(report.findings)
    }

    /// `2 errors, 5 warnings`; `1 error, 0 warnings`; `no problems` when there is nothing.
    public static func summary(for findings: [IntegrityFinding]) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        if errors == 0 && warnings == 0 { return "no problems" }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// Where a finding without a file is said to be.
    public static func location(of finding: IntegrityFinding) -> String {
        guard let file = finding.file, !file.isEmpty else {
            switch finding.subject {
            case .model: return "<registry>"
            case .contentTemplate, .workflowTemplate: return "<catalogue>"
            case .doc(let path), .sitePage(let path): return path
            }
        }
        var text = file
        if let line = finding.line {
            text += ":\(line)"
            if let column = finding.column { text += ":\(column)" }
        }
        return text
    }

    static func plainLine(_ f: IntegrityFinding) -> String {
        "\(location(of: f)): \(f.severity.rawValue): \(f.message) [\(f.rule)]"
    }

    static func githubLine(_ f: IntegrityFinding) -> String {
        var properties: [String] = []
        if let file = f.file, !file.isEmpty {
            properties.append("file=" + escapeProperty(file))
            if let line = f.line {
                properties.append("line=\(line)")
                if let column = f.column { properties.append("col=\(column)") }
            }
        }
        properties.append("title=" + escapeProperty(f.rule))
        var message = f.message
        if f.file == nil || f.file!.isEmpty { message = location(of: f) + ": " + message }
        return "::\(f.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// GitHub's escaping of a command's message: `%`, CR, LF.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// GitHub's escaping of a command's property value: `%`, CR, LF, `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
