import AdminSiteKit
import ArgumentParser

/// `admin-site build`: render the static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the static, read-only admin site.",
        discussion: "The site is staged and swapped in: a failed build leaves the previous site untouched and exits non-zero. Integrity errors and broken doc links fail the build."
    )

    @Option(help: "The output folder (created, or one admin-site built before).")
    var output: String = SiteDefaults.outputPath

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is published at (sitemap and canonical links).")
    var baseURL: String?

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let runner = BuildRunner(paths: inputs.paths(baseURL: baseURL), outputDirectory: output, requireDocs: inputs.docsGiven)
        do {
            print(try runner.run().summaryLine)
        } catch {
            printError("admin-site build: error: \(error)")
            printError("the previous site (if any) is untouched")
            throw ExitCode(1)
        }
    }
}
