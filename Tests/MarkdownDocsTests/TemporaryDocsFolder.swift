import Foundation

/// A docs folder under the system temporary directory, deleted when the value goes away.
final class TemporaryDocsFolder {
    /// The folder's location (symlinks resolved, so it compares equal to what the loader sees).
    let url: URL

    /// Creates an empty, uniquely named folder and writes `files` (relative path → UTF-8 text).
    init(files: [String: String] = [:]) throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("MarkdownDocsTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        url = base.resolvingSymlinksInPath()
        for (path, text) in files {
            try write(path, bytes: Array(text.utf8))
        }
    }

    /// Writes raw bytes to a relative path, creating folders as needed.
    func write(_ relativePath: String, bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
