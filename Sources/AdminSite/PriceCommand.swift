import AdminSiteKit
import ArgumentParser
import Foundation
import ModelRegistry
import TokenPricing

/// `admin-site price`: NDJSON requests on stdin, one JSON answer per line on stdout.
struct PriceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "price",
        abstract: "Price model calls, templates and workflows: NDJSON in (stdin), NDJSON out (stdout).",
        discussion: """
            Each input line is one of:
              {"modelRecordId": "...", "parameters": {...}}
              {"templateId": "...", "userInputs": {...}}
              {"contentTemplate": {...}, "userInputs": {...}}
              {"workflowTemplate": {...}, "userInputs": {...}}
            Each output line is the price with its breakdown, or {"error": {...}} naming what was
            wrong. The exit status is 1 when any line failed, 2 when the catalogue (or the --pricing
            file) cannot be read. With --pricing, models come from a portable pricing file.
            """
    )

    @Option(name: .long, help: "The content/workflow template catalogue for templateId requests.")
    var templates: String = SiteDefaults.catalogPath

    @Option(name: .long, help: "Price from a portable pricing file (such as the site's api/pricing.json) instead of the built-in registry.")
    var pricing: String?

    func run() throws {
        let catalog: TemplateCatalog
        do {
            catalog = try SiteDefaults.loadCatalog(templates)
        } catch {
            printError("admin-site price: error: \(error)")
            throw ExitCode(2)
        }
        let models: any ModelCatalog
        do {
            models = try pricing.map(SiteDefaults.loadPortablePricing) ?? ModelRegistry.standard
        } catch {
            printError("admin-site price: error: \(error)")
            throw ExitCode(2)
        }
        let service = PriceService(models: models, templates: catalog)
        // FileHandle writes go straight to the descriptor: a pipe reader sees each answer at once.
        let failures = service.processLines(StandardInputLines()) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
