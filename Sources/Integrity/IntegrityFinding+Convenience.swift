extension IntegrityFinding {
    /// Creates a finding of a known rule, with that rule's severity.
    public init(_ rule: IntegrityRule, message: String, subject: Subject, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.init(severity: rule.severity, rule: rule.rawValue, message: message, subject: subject, file: file, line: line, column: column)
    }

    /// A problem found in a doc, as `MarkdownDocs.DocProblem` reports it (Integrity does not
    /// depend on MarkdownDocs: the caller passes the problem's fields).
    /// - Parameters:
    ///   - path: the doc's path relative to the docs folder (`DocProblem.file`).
    ///   - docsFolder: the docs folder relative to the package root (`Docs`), prefixed to
    ///     `path` in `file` so that editors and CI annotations find it; `nil` keeps `path`.
    ///   - isError: whether the problem is an error (`DocProblem.severity == .error`).
    ///   - rule: the code; `doc-problem` unless the caller knows better.
    public static func docProblem(
        path: String, docsFolder: String? = "Docs", line: Int? = nil, column: Int? = nil, isError: Bool, message: String,
        rule: String = IntegrityRule.docProblem.rawValue
    ) -> IntegrityFinding {
        IntegrityFinding(
            severity: isError ? .error : .warning, rule: rule, message: message, subject: .doc(path: path),
            file: joined(docsFolder, path), line: line, column: column)
    }

    /// A broken link of the built site.
    /// - Parameters:
    ///   - path: the page's path relative to the site root.
    ///   - siteFolder: the site folder as the user named it (`--site DIR`), prefixed to `path`
    ///     in `file`; `nil` keeps `path`.
    ///   - target: the link's target as written.
    ///   - message: overrides the default message `link to 'target' leads nowhere`.
    public static func brokenSiteLink(
        path: String, siteFolder: String? = nil, target: String, line: Int? = nil, column: Int? = nil, message: String? = nil
    ) -> IntegrityFinding {
        IntegrityFinding(
            .brokenSiteLink, message: message ?? "link to '\(target)' leads nowhere", subject: .sitePage(path: path),
            file: joined(siteFolder, path), line: line, column: column)
    }

    private static func joined(_ folder: String?, _ path: String) -> String {
        guard let folder, !folder.isEmpty, folder != "." else { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}

extension IntegrityFinding.Subject: CustomStringConvertible {
    /// `model '100@1'`, `content template 'promo'`, `workflow 'w'`, `doc 'X.md'`, `site page 'a.html'`.
    public var description: String {
        switch self {
        case .model(let id): return "model '\(id)'"
        case .contentTemplate(let id): return "content template '\(id)'"
        case .workflowTemplate(let id): return "workflow '\(id)'"
        case .doc(let path): return "doc '\(path)'"
        case .sitePage(let path): return "site page '\(path)'"
        }
    }
}

extension IntegrityReport {
    /// This report with `more` findings added (docs problems, site link problems), sorted.
    public func merging(_ more: [IntegrityFinding]) -> IntegrityReport {
        IntegrityReport(findings: findings + more)
    }

    /// This report with another's findings added.
    public func merging(_ other: IntegrityReport) -> IntegrityReport {
        merging(other.findings)
    }

    /// The findings of one rule.
    public func findings(rule: IntegrityRule) -> [IntegrityFinding] {
        findings.filter { $0.rule == rule.rawValue }
    }

    /// The exit status a check with this report ends with.
    public func exitStatus(warningsAsErrors: Bool = false) -> ExitStatus {
        ExitStatus(findings: findings, warningsAsErrors: warningsAsErrors)
    }
}
