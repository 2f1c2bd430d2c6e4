import Foundation
import SiteServer
#if canImport(Glibc)
import Glibc
#endif

/// Recompiles `admin-site` and replaces this process with the new binary, so a changed model
/// file (compiled into the registry) shows up in `serve` without a manual restart.
enum SelfRestart {
    static func recompileAndRestart() async {
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--product", "admin-site"]
        do {
            try build.run()
            build.waitUntilExit()
        } catch {
            printError("serve: cannot run swift build: \(error)")
            return
        }
        guard build.terminationStatus == 0 else {
            printError("serve: swift build failed; still serving the previous registry")
            return
        }
        let binary = CommandLine.arguments[0]
        var argv: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) }
        argv.append(nil)
        say("serve: restarting with the new registry")
        execv(binary, argv)
        printError("serve: restart failed (errno \(errno)); still serving the previous registry")
    }
}
