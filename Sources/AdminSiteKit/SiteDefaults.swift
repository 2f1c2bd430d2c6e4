import Foundation
import TokenPricing

/// Where the repository keeps the site's inputs, relative to the package root. The commands
/// default to these; every one can be overridden by a flag.
public enum SiteDefaults {
    /// The content/workflow template catalogue.
    public static let catalogPath = "Site/templates.json"
    /// The site configuration (title, base URL, repository URL).
    public static let configPath = "Site/site.json"
    /// CSS, JS and icons copied into the site.
    public static let assetsPath = "Site/assets"
    /// The Mustache page templates.
    public static let pageTemplatesPath = "Templates"
    /// The architecture docs.
    public static let docsPath = "Docs"
    /// Where `build` writes the site.
    public static let outputPath = "_site"
    /// The price lockfile `lock` writes and `check` compares the registry with.
    public static let priceLockPath = "Site/prices.lock.json"

    /// Reads the template catalogue at `path`.
    /// - Throws: `CatalogLoadError` naming the file, template and key path.
    public static func loadCatalog(_ path: String) throws(CatalogLoadError) -> TemplateCatalog {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CatalogLoadError(file: path, keyPath: "", message: "file not found (expected a JSON catalogue {\"contentTemplates\": [...], \"workflowTemplates\": [...]})")
        }
        return try TemplateCatalog.load(from: url)
    }

    /// Reads a portable pricing file (such as the site's `api/pricing.json`) as a model
    /// catalogue, for `price --pricing`.
    /// - Throws: `PortableFormatError` naming the file and the key path of the problem.
    public static func loadPortablePricing(_ path: String) throws(PortableFormatError) -> PortablePricingCatalog {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PortableFormatError(file: path, keyPath: "", message: "file not found or unreadable (expected a portable pricing file {\"formatVersion\": 1, \"models\": [...]})")
        }
        return PortablePricingCatalog(try PortablePricingFile(json: data, file: path))
    }
}
