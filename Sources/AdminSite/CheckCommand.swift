import AdminSiteKit
import ArgumentParser
import Integrity

/// `admin-site check`: the docs pipeline's gate.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the registry, the template catalogue, the docs and (with --site) a built site.",
        discussion: "Prints one line per problem (file:line:column: error|warning: message) and a summary. Whatever would make `build` fail on the same inputs is an error here too. Exit status: 0 clean, 1 errors, 2 could not run (an unreadable input, or a folder named by --docs, --page-templates, --assets or --site that does not exist)."
    )

    @OptionGroup var inputs: InputOptions

    @Option(help: "A built site whose internal links and anchors are checked too.")
    var site: String?

    @Option(help: "Output format: plain or github (GitHub Actions annotations).")
    var format: FindingFormatter.Format = .plain

    @Flag(name: .customLong("warnings-as-errors"), help: "Fail on warnings too.")
    var warningsAsErrors = false

    @Option(name: .customLong("price-lock"), help: "The price lockfile the registry's prices are compared with.")
    var priceLock: String = SiteDefaults.priceLockPath

    func run() throws {
        let runner = CheckRunner(
            paths: inputs.paths(), siteDirectory: site, warningsAsErrors: warningsAsErrors, requireDocs: inputs.docsGiven,
            priceLock: priceLock)
        let (output, status) = runner.run(format: format)
        if status == .couldNotRun { printError("admin-site check: \(output)", terminator: "") } else { print(output, terminator: "") }
        if status != .clean { throw ExitCode(status.code) }
    }
}

extension FindingFormatter.Format: ExpressibleByArgument {}
