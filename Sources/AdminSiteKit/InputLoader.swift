import Foundation
import MarkdownDocs
import ModelRegistry
import PriceLock
import SiteGenerator
import TokenPricing

/// Why the inputs could not be read: the file, the key path and what was expected.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The message, already naming the file and key.
    public var description: String
    /// Creates an error.
    public init(_ description: String) { self.description = description }
}

/// Reads everything a build or a check needs from the repository.
public enum InputLoader {
    /// The site inputs for `registry` (the compiled one by default) and the files at `paths`.
    /// - Parameter requireDocs: whether a missing docs folder is an error (an explicit
    ///   `--docs` must exist; the default folder may be absent).
    public static func load(
        paths: InputPaths, registry: ModelRegistry = .standard, requireDocs: Bool = false
    ) throws(InputError) -> SiteInputs {
        var config: SiteConfig
        do { config = try SiteConfig.load(from: paths.url(paths.config)) } catch { throw InputError("\(error)") }
        if let baseURL = paths.baseURL {
            config.baseURL = baseURL
            do { try config.validate(file: "--base-url") } catch { throw InputError("\(error)") }
        }
        let catalog: TemplateCatalog
        do { catalog = try SiteDefaults.loadCatalog(paths.catalog) } catch { throw InputError("\(error)") }
        let docs = try loadDocs(paths: paths, allowRawHTML: config.allowRawHTMLInDocs, require: requireDocs)
        try requireFolders(paths: paths)
        return SiteInputs(
            registry: registry, catalog: catalog, catalogFile: paths.catalog, docs: docs, config: config,
            templatesDirectory: paths.url(paths.pageTemplates), assetsDirectory: paths.url(paths.assets),
            buildInfo: GitInfo.read(at: paths.packageRoot),
            priceHistory: paths.priceLock.map { GitPriceHistory(root: paths.packageRoot, lockFile: $0).read() } ?? PriceHistory(commits: []))
    }

    /// Throws when the page templates or assets folder is missing: a build cannot run
    /// without them, so neither can a check (both call this).
    public static func requireFolders(paths: InputPaths) throws(InputError) {
        for (label, path) in [("--page-templates", paths.pageTemplates), ("--assets", paths.assets)] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: paths.url(path).path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw InputError("\(path): folder not found (\(label))")
            }
        }
    }

    /// The docs collection, or `nil` when the folder is absent and not required.
    public static func loadDocs(paths: InputPaths, allowRawHTML: Bool, require: Bool) throws(InputError) -> DocsCollection? {
        let root = paths.url(paths.docs)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            if require { throw InputError("\(paths.docs): docs folder not found (--docs)") }
            return nil
        }
        do {
            return try DocsCollection.load(root: root, options: MarkdownOptions(allowRawHTML: allowRawHTML))
        } catch {
            throw InputError("\(paths.docs): \(error)")
        }
    }
}
