import AdminSiteKit
import ArgumentParser
import Foundation
import ModelRegistry
import PriceStream
import TokenPricing

/// `admin-site price`: NDJSON requests on stdin, one JSON answer per line on stdout. The
/// stream itself (framing, line numbers, limits, exact numbers) is `PriceStream`.
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
            Every input line gets exactly one output line, in order, with "line": N: the price
            with its breakdown, or {"error": {...}} naming what was wrong (a blank line is an
            error too). Numbers are read exactly; one that cannot be held exactly is an error.
            With --pricing, models come from a portable pricing file instead of the registry.
            The exit status is 1 when any line failed, 2 when the catalogue (or the --pricing
            file) cannot be read.
            """
    )

    @Option(name: .long, help: "The content/workflow template catalogue for templateId requests.")
    var templates: String = SiteDefaults.catalogPath

    @Option(name: .long, help: "The longest request line accepted, in bytes; a longer line is answered with limitExceeded.")
    var maxLineBytes: Int = PriceStreamLimits.standard.maxLineBytes

    @Option(name: .long, help: "Price from a portable pricing file (such as the site's api/pricing.json) instead of the built-in registry.")
    var pricing: String?

    func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

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
        let service = PriceService(
            models: models, templates: catalog, limits: PriceStreamLimits(maxLineBytes: maxLineBytes))
        let failures = service.run(input: FileHandle.standardInput.fileDescriptor, output: FileHandle.standardOutput.fileDescriptor)
        if failures > 0 { throw ExitCode(1) }
    }
}
