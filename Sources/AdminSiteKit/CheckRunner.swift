import Foundation
import Integrity
import MarkdownDocs
import ModelRegistry
import SiteGenerator
import TokenPricing

/// `admin-site check`: every integrity rule over the registry and the template catalogue,
/// the docs' links and anchors, and optionally a built site's internal links.
public struct CheckRunner: Sendable {
    /// Where the inputs are.
    public var paths: InputPaths
    /// A built site whose internal links are checked too.
    public var siteDirectory: String?
    /// Whether warnings fail the check.
    public var warningsAsErrors: Bool
    /// The registry checked (the compiled one by default).
    public var registry: ModelRegistry
    /// The price lockfile the registry's prices are compared with, relative to the package
    /// root; `nil` skips the price lock and history checks (a registry that is not the repo's).
    public var priceLock: String?

    /// Creates a runner.
    public init(
        paths: InputPaths, siteDirectory: String? = nil, warningsAsErrors: Bool = false, registry: ModelRegistry = .standard,
        priceLock: String? = SiteDefaults.priceLockPath
    ) {
        self.paths = paths
        self.siteDirectory = siteDirectory
        self.warningsAsErrors = warningsAsErrors
        self.registry = registry
        self.priceLock = priceLock
    }

    /// The findings, sorted; throws when the check cannot run (unreadable catalogue, config
    /// or docs folder, missing site folder): exit status 2.
    public func findings() throws(InputError) -> [IntegrityFinding] {
        let config: SiteConfig
        do { config = try SiteConfig.load(from: paths.url(paths.config)) } catch { throw InputError("\(error)") }
        let report: IntegrityReport
        do {
            report = try IntegrityChecker(packageRoot: paths.packageRoot)
                .check(registry: registry, catalogAt: paths.url(paths.catalog), catalogFile: paths.catalog)
        } catch {
            throw InputError("\(error)")
        }
        var findings = report.findings
        if let priceLock {
            let checker = IntegrityChecker(packageRoot: paths.packageRoot)
            findings += checker.checkPriceLock(registry: registry, lockFile: priceLock).findings
            if let reason = GitPriceHistory(root: paths.packageRoot, lockFile: priceLock).unavailability() {
                findings.append(IntegrityChecker.priceHistoryUnavailable(reason, lockFile: priceLock))
            }
        }
        if let docs = try InputLoader.loadDocs(paths: paths, allowRawHTML: config.allowRawHTMLInDocs, require: false) {
            findings += docs.problems.map { problem in
                IntegrityFinding.docProblem(
                    path: problem.file, docsFolder: paths.docs, line: problem.line, column: problem.column,
                    isError: problem.severity == .error, message: problem.message)
            }
        }
        if let siteDirectory {
            let root = paths.url(siteDirectory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw InputError("\(siteDirectory): site folder not found (--site)")
            }
            let broken: [BrokenLink]
            do { broken = try SiteLinkChecker.check(siteRoot: root) } catch { throw InputError("\(siteDirectory): \(error)") }
            findings += broken.map { link in
                IntegrityFinding.brokenSiteLink(
                    path: link.page, siteFolder: siteDirectory, target: link.href, message: "link to '\(link.href)': \(link.reason)")
            }
        }
        return IntegrityReport(findings: findings).findings
    }

    /// Runs the check and renders it: the text to print and the exit status.
    public func run(format: FindingFormatter.Format) -> (output: String, status: ExitStatus) {
        do {
            let all = try findings()
            return (FindingFormatter(format: format).report(all), ExitStatus(findings: all, warningsAsErrors: warningsAsErrors))
        } catch {
            return ("error: \(error)\n", .couldNotRun)
        }
    }
}
