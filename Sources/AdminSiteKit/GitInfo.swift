import Foundation
import SiteGenerator

/// The commit the registry is built from, read from git when the package is a checkout.
enum GitInfo {
    /// The current commit and whether the tree has uncommitted changes; empty info when git
    /// or the repository is missing (a tarball build is still a valid build).
    static func read(at root: URL) -> BuildInfo {
        guard let commit = run(["rev-parse", "HEAD"], at: root)?.trimmingCharacters(in: .whitespacesAndNewlines),
              commit.count == 40 else { return BuildInfo() }
        let status = run(["status", "--porcelain", "--untracked-files=no"], at: root) ?? ""
        return BuildInfo(gitCommit: commit, gitDirty: !status.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    private static func run(_ arguments: [String], at root: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
