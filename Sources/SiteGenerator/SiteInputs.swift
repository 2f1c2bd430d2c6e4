import Foundation
import MarkdownDocs
import ModelRegistry
import PriceLock
import TokenPricing

/// What the build is made from, as the footer and dashboard report it. No timestamps: the
/// same inputs give the same bytes.
public struct BuildInfo: Sendable, Hashable {
    /// The git commit the registry was built from, if known.
    public var gitCommit: String?
    /// Whether the working tree had uncommitted changes.
    public var gitDirty: Bool

    /// Creates build information.
    public init(gitCommit: String? = nil, gitDirty: Bool = false) {
        self.gitCommit = gitCommit
        self.gitDirty = gitDirty
    }
}

/// Everything the generator reads. The registry is a value, so tests and benchmarks can
/// pass any registry (hand-made or synthetic).
public struct SiteInputs: Sendable {
    /// The models.
    public var registry: ModelRegistry
    /// The content and workflow templates.
    public var catalog: TemplateCatalog
    /// The catalogue's file, as integrity findings should name it (e.g. `Site/templates.json`).
    public var catalogFile: String
    /// The rendered docs, or `nil` for a site without a docs section.
    public var docs: DocsCollection?
    /// Site settings.
    public var config: SiteConfig
    /// The folder of the Mustache page templates (`Templates/`).
    public var templatesDirectory: URL
    /// The folder of the static assets copied to `assets/` (`Site/assets/`).
    public var assetsDirectory: URL
    /// Commit information for the footer and dashboard.
    public var buildInfo: BuildInfo
    /// Build even when the integrity check finds errors (for local previews; the errors still
    /// show on the integrity page). Off by default: errors fail the build.
    public var allowIntegrityErrors: Bool
    /// The lockfile's history (read from git by AdminSiteKit's `GitPriceHistory`), shown on
    /// the Changes page, in `api/changes.json` and `changes.xml`, on each model page and as the
    /// catalogue's "repriced" mark. Empty by default: no commit has changed a price.
    public var priceHistory: PriceHistory

    /// Creates the inputs.
    public init(
        registry: ModelRegistry, catalog: TemplateCatalog, catalogFile: String, docs: DocsCollection? = nil,
        config: SiteConfig, templatesDirectory: URL, assetsDirectory: URL, buildInfo: BuildInfo = BuildInfo(),
        allowIntegrityErrors: Bool = false, priceHistory: PriceHistory = PriceHistory(commits: [])
    ) {
        self.registry = registry
        self.catalog = catalog
        self.catalogFile = catalogFile
        self.docs = docs
        self.config = config
        self.templatesDirectory = templatesDirectory
        self.assetsDirectory = assetsDirectory
        self.buildInfo = buildInfo
        self.allowIntegrityErrors = allowIntegrityErrors
        self.priceHistory = priceHistory
    }
}
