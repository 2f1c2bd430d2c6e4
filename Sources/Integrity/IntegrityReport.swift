/// Every integrity finding of one check, sorted.
public struct IntegrityReport: Sendable, Hashable, Codable {
    /// The findings, errors first.
    public var findings: [IntegrityFinding]

    /// Creates a report; findings are sorted.
    public init(findings: [IntegrityFinding]) {
        self.findings = findings.sorted()
    }

    /// The errors.
    public var errors: [IntegrityFinding] { findings.filter { $0.severity == .error } }
    /// The warnings.
    public var warnings: [IntegrityFinding] { findings.filter { $0.severity == .warning } }
    /// Whether there is no error.
    public var isClean: Bool { errors.isEmpty }

    /// The findings about one subject.
    public func findings(about subject: IntegrityFinding.Subject) -> [IntegrityFinding] {
        findings.filter { $0.subject == subject }
    }
}
