import Foundation
import Integrity
import MarkdownDocs
import ModelRegistry
import SiteGenerator
import TokenPricing

/// `admin-site check`: every integrity rule over the registry and the template catalogue,
/// the docs' links and anchors, what the site generator would refuse, and optionally a built
/// site's internal links.
///
/// The promise: inputs `check` passes, `build` builds. The check reads the inputs the way the
/// build does (the same loaders, the same required folders, the same `--docs` rule) and asks
/// the generator's own `preflight` for page-template and path problems.
public struct CheckRunner: Sendable {
    /// Where the inputs are.
    public var paths: InputPaths
    /// A built site whose internal links are checked too.
    public var siteDirectory: String?
    /// Whether warnings fail the check.
    public var warningsAsErrors: Bool
    /// Whether the docs folder must exist (it was named on the command line).
    public var requireDocs: Bool
    /// The registry checked (the compiled one by default).
    public var registry: ModelRegistry
    /// The price lockfile the registry's prices are compared with, relative to the package
    /// root; `nil` skips the price lock and history checks (a registry that is not the repo's).
    public var priceLock: String?

    /// Creates a runner.
    public init(
        paths: InputPaths, siteDirectory: String? = nil, warningsAsErrors: Bool = false, requireDocs: Bool = false,
        registry: ModelRegistry = .standard, priceLock: String? = SiteDefaults.priceLockPath
    ) {
        self.paths = paths
        self.siteDirectory = siteDirectory
        self.warningsAsErrors = warningsAsErrors
        self.requireDocs = requireDocs
        self.registry = registry
        self.priceLock = priceLock
    }

    /// The findings, sorted; throws when the check cannot run (unreadable catalogue, config
    /// or docs folder, a missing page-templates, assets or site folder, a `--docs` folder that
    /// does not exist): exit status 2.
    public func findings() throws(InputError) -> [IntegrityFinding] {
        let config: SiteConfig
        do { config = try SiteConfig.load(from: paths.url(paths.config)) } catch { throw InputError("\(error)") }
        let report: IntegrityReport
        let catalog: TemplateCatalog
        do {
            report = try IntegrityChecker(packageRoot: paths.packageRoot)
                .check(registry: registry, catalogAt: paths.url(paths.catalog), catalogFile: paths.catalog)
            catalog = try SiteDefaults.loadCatalog(paths.catalog)
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
        let docs = try InputLoader.loadDocs(paths: paths, allowRawHTML: config.allowRawHTMLInDocs, require: requireDocs)
        if let docs {
            findings += docs.problems.map { problem in
                IntegrityFinding.docProblem(
                    path: problem.file, docsFolder: paths.docs, line: problem.line, column: problem.column,
                    isError: problem.severity == .error, message: problem.message)
            }
        }
        try InputLoader.requireFolders(paths: paths)
        let inputs = SiteInputs(
            registry: registry, catalog: catalog, catalogFile: paths.catalog, docs: docs, config: config,
            templatesDirectory: paths.url(paths.pageTemplates), assetsDirectory: paths.url(paths.assets))
        findings += preflightFindings(SiteGenerator(inputs: inputs).preflight(), reported: report)
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

    /// The generator's refusals as findings. A path collision the integrity check already
    /// reported (with its model file or catalogue position) is not repeated.
    func preflightFindings(_ problems: [SiteGenerationError], reported: IntegrityReport) -> [IntegrityFinding] {
        let known = reported.findings(rule: .pagePathCollision).map(\.message)
        return problems.compactMap { problem -> IntegrityFinding? in
            switch problem {
            case .pathCollision(let path, let first, let second):
                if known.contains(where: { $0.contains("'\(path)'") }) { return nil }
                return IntegrityFinding(
                    .pagePathCollision, message: "\(first) and \(second) would both be written to '\(path)'; the build refuses that: rename one",
                    subject: .sitePage(path: path))
            case .templates:
                return IntegrityFinding(.buildWouldFail, message: "\(problem)", subject: .sitePage(path: ""), file: paths.pageTemplates)
            case .config:
                return IntegrityFinding(.buildWouldFail, message: "\(problem)", subject: .sitePage(path: ""), file: paths.config)
            default:
                return IntegrityFinding(.buildWouldFail, message: "\(problem)", subject: .sitePage(path: ""))
            }
        }
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
