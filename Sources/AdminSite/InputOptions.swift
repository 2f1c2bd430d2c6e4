import AdminSiteKit
import ArgumentParser
import Foundation

/// The input flags `build`, `serve` and `check` share; each defaults to the repository's file.
struct InputOptions: ParsableArguments {
    @Option(help: "The content/workflow template catalogue (JSON).")
    var templates: String = SiteDefaults.catalogPath

    /// Optional so that "given" means given: `--docs Docs` must exist like any other folder
    /// named on the command line, while the default folder may be absent.
    @Option(help: ArgumentHelp("The folder of Markdown docs rendered into the site's docs section (default: Docs, skipped when absent); must exist when given.", valueName: "docs"))
    var docs: String?

    @Option(name: .customLong("page-templates"), help: "The folder of Mustache page templates.")
    var pageTemplates: String = SiteDefaults.pageTemplatesPath

    @Option(help: "The site configuration file.")
    var config: String = SiteDefaults.configPath

    @Option(help: "The folder of static assets (CSS, JS, icons).")
    var assets: String = SiteDefaults.assetsPath

    /// Whether `--docs` was given on the command line (then the folder must exist), whatever
    /// its value.
    var docsGiven: Bool { docs != nil }

    func paths(baseURL: String? = nil) -> InputPaths {
        InputPaths(
            catalog: templates, config: config, assets: assets, pageTemplates: pageTemplates, docs: docs ?? SiteDefaults.docsPath,
            baseURL: baseURL)
    }
}
