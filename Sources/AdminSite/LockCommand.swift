import AdminSiteKit
import ArgumentParser

/// `admin-site lock`: accept the registry's current prices into the price lockfile.
struct LockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock",
        abstract: "Write the price lockfile (Site/prices.lock.json) from the registry's current prices.",
        discussion: """
            Prices every model at its defaults, over its range and at each point of its price matrix, and
            writes them, sorted and one point per line, so a price change is a readable diff. `check` fails
            with price-changed until the lockfile matches the registry. Prints what changed.
            """
    )

    @Option(name: .customLong("lock-file"), help: "The lockfile to write.")
    var lockFile: String = SiteDefaults.priceLockPath

    func run() throws {
        let runner = LockRunner(lockFile: lockFile)
        do {
            let outcome = try runner.run()
            print(outcome.report(lockFile: lockFile, modelCount: runner.registry.models.count), terminator: "")
        } catch {
            printError("admin-site lock: error: cannot write \(lockFile): \(error)")
            throw ExitCode(2)
        }
    }
}
