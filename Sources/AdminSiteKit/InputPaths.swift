import Foundation

/// Where one run reads its inputs: the repository defaults, each overridable by a flag.
public struct InputPaths: Sendable, Hashable {
    /// The package root: model source files are located relative to it.
    public var packageRoot: URL
    /// The content/workflow template catalogue.
    public var catalog: String
    /// The site configuration.
    public var config: String
    /// The static assets.
    public var assets: String
    /// The Mustache page templates.
    public var pageTemplates: String
    /// The docs folder.
    public var docs: String
    /// Overrides the configuration's base URL.
    public var baseURL: String?
    /// The price lockfile whose git history the site shows; `nil` builds without history.
    public var priceLock: String? = SiteDefaults.priceLockPath

    /// The repository defaults under `packageRoot` (the current directory by default).
    public init(
        packageRoot: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        catalog: String = SiteDefaults.catalogPath, config: String = SiteDefaults.configPath,
        assets: String = SiteDefaults.assetsPath, pageTemplates: String = SiteDefaults.pageTemplatesPath,
        docs: String = SiteDefaults.docsPath, baseURL: String? = nil
    ) {
        self.packageRoot = packageRoot
        self.catalog = catalog
        self.config = config
        self.assets = assets
        self.pageTemplates = pageTemplates
        self.docs = docs
        self.baseURL = baseURL
    }

    /// `path` as a URL: absolute as given, relative to the current directory otherwise.
    public func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// Every input folder or file a change to which changes the site (for `serve`).
    public var watchedInputs: [URL] { [url(catalog), url(config), url(assets), url(pageTemplates), url(docs)] }
}
