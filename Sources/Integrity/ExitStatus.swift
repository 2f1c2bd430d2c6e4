/// How `admin-site check` (and `build`) ends, for CI.
public enum ExitStatus: Int32, Sendable, Hashable, CaseIterable {
    /// No error (and, with `--warnings-as-errors`, no warning).
    case clean = 0
    /// At least one error, or a warning under `--warnings-as-errors`.
    case failed = 1
    /// The check could not run: a file could not be read, a catalogue could not be decoded,
    /// a flag was wrong. The caller decides when this applies.
    case couldNotRun = 2

    /// The status for `findings`.
    public init(findings: [IntegrityFinding], warningsAsErrors: Bool = false) {
        let fails = findings.contains { $0.severity == .error || (warningsAsErrors && $0.severity == .warning) }
        self = fails ? .failed : .clean
    }

    /// The process exit code.
    public var code: Int32 { rawValue }
}
