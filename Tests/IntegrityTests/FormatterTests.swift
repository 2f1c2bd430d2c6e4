import Integrity
import Testing

@Suite("Finding formatter and exit status")
struct FormatterTests {
    private let full = IntegrityFinding(
        severity: .error, rule: "unknown-model", message: "workflow 'w' step 2 names model 'x', which is not in the registry",
        subject: .workflowTemplate(id: "w"), file: "Site/templates.json", line: 12, column: 7)
    private let warning = IntegrityFinding(
        severity: .warning, rule: "non-uuid-record-id", message: "record id '100@1' is not a UUID",
        subject: .model(recordId: "100@1"), file: "Sources/ModelRegistry/Models/prompt_to_image/FLUX1Pro.swift", line: 7, column: 13)

    @Test func plainLinesAreCompilerStyle() {
        let plain = FindingFormatter(format: .plain)
        #expect(plain.line(for: full)
            == "Site/templates.json:12:7: error: workflow 'w' step 2 names model 'x', which is not in the registry [unknown-model]")
        #expect(plain.line(for: warning)
            == "Sources/ModelRegistry/Models/prompt_to_image/FLUX1Pro.swift:7:13: warning: record id '100@1' is not a UUID [non-uuid-record-id]")
    }

    @Test func plainLinesOmitMissingParts() {
        let plain = FindingFormatter()
        var f = full
        f.column = nil
        #expect(plain.line(for: f).hasPrefix("Site/templates.json:12: error: "))
        f.line = nil
        #expect(plain.line(for: f).hasPrefix("Site/templates.json: error: "))
        f.file = nil
        #expect(plain.line(for: f).hasPrefix("<catalogue>: error: "))
        var m = warning
        m.file = nil
        m.line = nil
        #expect(plain.line(for: m) == "<registry>: warning: record id '100@1' is not a UUID [non-uuid-record-id]")
        let doc = IntegrityFinding(severity: .warning, rule: "doc-problem", message: "doc is empty", subject: .doc(path: "X.md"))
        #expect(plain.line(for: doc) == "X.md: warning: doc is empty [doc-problem]")
    }

    @Test func summaryCountsErrorsAndWarnings() {
        #expect(FindingFormatter.summary(for: []) == "no problems")
        #expect(FindingFormatter.summary(for: [full]) == "1 error, 0 warnings")
        #expect(FindingFormatter.summary(for: [full, full, warning, warning, warning, warning, warning]) == "2 errors, 5 warnings")
        #expect(FindingFormatter.summary(for: [warning]) == "0 errors, 1 warning")
    }

    @Test func reportIsLinesThenSummary() {
        let report = IntegrityReport(findings: [warning, full])
        let text = FindingFormatter().report(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines[0].contains("error:"))  // errors first
        #expect(lines[1].contains("warning:"))
        #expect(lines[2] == "1 error, 1 warning")
        #expect(lines[3] == "")
    }

    @Test func githubAnnotations() {
        let github = FindingFormatter(format: .github)
        #expect(github.line(for: full)
            == "::error file=Site/templates.json,line=12,col=7,title=unknown-model::workflow 'w' step 2 names model 'x', which is not in the registry")
        #expect(github.line(for: warning).hasPrefix("::warning file=Sources/ModelRegistry/Models/prompt_to_image/FLUX1Pro.swift,line=7,col=13,title=non-uuid-record-id::"))
        var noLine = full
        noLine.line = nil
        noLine.column = nil
        #expect(github.line(for: noLine).hasPrefix("::error file=Site/templates.json,title=unknown-model::"))
        var noFile = warning
        noFile.file = nil
        #expect(github.line(for: noFile) == "::warning title=non-uuid-record-id::<registry>: record id '100@1' is not a UUID")
    }

    @Test func githubEscaping() {
        #expect(FindingFormatter.escapeData("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext: a, b")
        #expect(FindingFormatter.escapeProperty("C:\\dir,x%\n") == "C%3A\\dir%2Cx%25%0A")
        let tricky = IntegrityFinding(
            severity: .error, rule: "doc-problem", message: "100% broken\nsecond line", subject: .doc(path: "a,b:c.md"),
            file: "Docs/a,b:c.md", line: 3, column: 1)
        #expect(FindingFormatter(format: .github).line(for: tricky)
            == "::error file=Docs/a%2Cb%3Ac.md,line=3,col=1,title=doc-problem::100%25 broken%0Asecond line")
    }

    @Test func exitStatus() {
        #expect(ExitStatus(findings: []) == .clean)
        #expect(ExitStatus(findings: [warning]) == .clean)
        #expect(ExitStatus(findings: [warning], warningsAsErrors: true) == .failed)
        #expect(ExitStatus(findings: [full]) == .failed)
        #expect(IntegrityReport(findings: [warning]).exitStatus(warningsAsErrors: true).code == 1)
        #expect(ExitStatus.couldNotRun.code == 2)
        #expect(ExitStatus.clean.code == 0)
    }

    @Test func docAndSiteProblemsMergeIntoAReport() {
        let doc = IntegrityFinding.docProblem(path: "adr/0001.md", line: 4, column: 9, isError: true, message: "link to missing doc 'X.md'")
        #expect(doc.file == "Docs/adr/0001.md")
        #expect(doc.subject == .doc(path: "adr/0001.md"))
        #expect(doc.severity == .error)
        #expect(doc.rule == "doc-problem")
        let site = IntegrityFinding.brokenSiteLink(path: "models/x.html", siteFolder: "_site", target: "../nowhere.html", line: 10)
        #expect(site.file == "_site/models/x.html")
        #expect(site.subject == .sitePage(path: "models/x.html"))
        #expect(site.rule == "broken-site-link")
        #expect(site.message.contains("../nowhere.html"))
        let merged = IntegrityReport(findings: [warning]).merging([doc, site])
        #expect(merged.findings.count == 3)
        #expect(merged.errors.count == 2)
        #expect(merged.findings.last == warning)
    }
}
