import AdminSiteKit
import ArgumentParser
import Foundation
import SiteServer

/// `admin-site serve`: build, serve on localhost, rebuild and reload on change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on localhost and rebuild + reload when an input changes.",
        discussion: "Templates, docs, assets and the catalogue rebuild in process; a change to a Swift source (a model file) recompiles admin-site with `swift build` and restarts it."
    )

    @Option(help: "The port (0 picks a free one).") var port: Int = 8080
    @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Where the preview site is written.") var output: String = ".build/admin-site-preview"
    @Option(name: .customLong("idle-timeout"), help: "Seconds a connection may wait without a complete request before it is closed.")
    var idleTimeout: Int = 30
    @OptionGroup var inputs: InputOptions

    func validate() throws {
        guard idleTimeout > 0 else { throw ValidationError("--idle-timeout: expected a number of seconds above 0, found \(idleTimeout)") }
    }

    func run() async throws {
        let paths = inputs.paths()
        let runner = BuildRunner(paths: paths, outputDirectory: output, requireDocs: inputs.docsGiven)
        do {
            say(try runner.run().summaryLine)
        } catch {
            printError("admin-site serve: first build failed: \(error)")
            throw ExitCode(1)
        }
        let server = PreviewServer(
            host: host, port: port, siteDirectory: paths.url(output),
            watchedInputs: paths.watchedInputs,
            watchedSources: [paths.url("Sources")],
            rebuild: { _ = try runner.run() },
            onSourceChange: { await SelfRestart.recompileAndRestart() },
            idleTimeout: .seconds(idleTimeout))
        try await server.run()
    }
}
