import Foundation
import Testing

/// A git repository in a temporary folder, for the price history tests. Commits carry fixed
/// dates and author, so the history they make is the same on every run.
struct TemporaryGitRepository {
    let root: URL

    /// An empty folder (not yet a repository).
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("price-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// `git init` with a local identity.
    func initialise() throws {
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Test")
        try git("config", "user.email", "test@example.com")
        try git("config", "commit.gpgsign", "false")
    }

    /// Writes `text` to `path` and commits it with `subject` at `date` (ISO 8601).
    func commit(_ path: String, _ text: String, subject: String, date: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        try git("add", path)
        try git("commit", "-q", "-m", subject, environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
    }

    /// Runs git in the repository and returns its output.
    @discardableResult
    func git(_ arguments: String..., environment: [String: String] = [:], in folder: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", (folder ?? root).path] + arguments
        var env = ProcessInfo.processInfo.environment
        // The caller's identity must not reach the commits: their hashes are in golden files.
        for key in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"] {
            env[key] = nil
        }
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: root) }
}
