import AdminSiteKit
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT (Ctrl-C, a cancelled CI job) and SIGTERM during a build: stop the build, delete its
/// temporary folder, say truthfully what the output folder now holds, and exit with 128 plus
/// the signal's number (130, 143), as shells do. The libraries only coordinate
/// (`BuildRunner.interrupt()`); catching signals is the executable's business.
///
/// The handlers run on a Dispatch queue, not in signal context, so they may take locks and
/// delete folders. SIGKILL cannot be caught: its leftovers are removed by the next build.
final class InterruptSignals {
    private var sources: [DispatchSourceSignal] = []

    /// Catches SIGINT and SIGTERM for the build `runner` runs, until `stop()`.
    init(command: String, runner: BuildRunner) {
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            // Ignored by default so only the Dispatch source sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let state = runner.interrupt()
                    ? "the new site had already been published whole"
                    : "nothing was published; the previous site (if any) is untouched"
                printError("\(command): interrupted by \(name); \(state)")
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Waits for a handler that is running to exit the process (it is deleting the stage);
    /// returns only if it has not done so within 30 seconds.
    func awaitHandlerExit() {
        for _ in 0..<300 { usleep(100_000) }
    }

    /// Restores the default signal actions.
    func stop() {
        for source in sources { source.cancel() }
        sources = []
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
