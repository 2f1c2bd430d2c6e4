import AdminSiteKit
import ArgumentParser
import Foundation

/// The input flags `build`, `serve` and `check` share; each defaults to the repository's file.
struct InputOptions: ParsableArguments {
    @Option(help: "The content/workflow template catalogue (JSON).")
    var templates: String = SiteDefaults.catalogPath

    @Option(help: "The folder of Markdown docs rendered into the site's docs section.")
    var docs: String = SiteDefaults.docsPath

    @Option(name: .customLong("page-templates"), help: "The folder of Mustache page templates.")
    var pageTemplates: String = SiteDefaults.pageTemplatesPath

    @Option(help: "The site configuration file.")
    var config: String = SiteDefaults.configPath

    @Option(help: "The folder of static assets (CSS, JS, icons).")
    var assets: String = SiteDefaults.assetsPath

    /// Whether `--docs` was given explicitly (then the folder must exist).
    var docsGiven: Bool { docs != SiteDefaults.docsPath }

    func paths(baseURL: String? = nil) -> InputPaths {
        InputPaths(catalog: templates, config: config, assets: assets, pageTemplates: pageTemplates, docs: docs, baseURL: baseURL)
    }
}
