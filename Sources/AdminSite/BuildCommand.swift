import AdminSiteKit
import ArgumentParser

/// `admin-site build`: render the static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the static, read-only admin site.",
        discussion: """
            The site is staged beside the output and swapped in atomically: readers see the whole old site or the whole new one. \
            Unchanged files keep their inode and mtime; a build that changes nothing touches nothing. A failed or interrupted \
            build (SIGINT/SIGTERM exit 130/143) leaves the previous site untouched and exits non-zero. Integrity errors and \
            broken doc links fail the build.
            """
    )

    @Option(help: "The output folder (created, or one admin-site built before).")
    var output: String = SiteDefaults.outputPath

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is published at (sitemap and canonical links).")
    var baseURL: String?

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let runner = BuildRunner(paths: inputs.paths(baseURL: baseURL), outputDirectory: output, requireDocs: inputs.docsGiven)
        let signals = InterruptSignals(command: "admin-site build", runner: runner)
        defer { signals.stop() }
        do {
            let outcome = try runner.run()
            print(outcome.summaryLine)
            for note in outcome.notes { printError("admin-site build: note: \(note)") }
        } catch {
            // The build stopped because a signal handler interrupted it: that handler reports
            // and exits with the signal's status; do not race it with a generic error.
            if runner.wasInterrupted { signals.awaitHandlerExit() }
            printError("admin-site build: error: \(error)")
            if BuildRunner.leftPreviousSiteUntouched(error) { printError("the previous site (if any) is untouched") }
            throw ExitCode(1)
        }
    }
}
