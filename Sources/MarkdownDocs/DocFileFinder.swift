import Foundation

/// Finds the Markdown files of a docs folder, never reading anything outside it.
enum DocFileFinder {
    /// A Markdown file found under the docs root.
    struct FoundDoc {
        /// The path relative to the root, `/`-separated, as spelled on disk.
        let relativePath: String
        /// Where to read the bytes (a symlink's target, which is known to be inside the root).
        let url: URL
    }

    /// Lists every `*.md` file under `root` (recursively), sorted by relative path.
    ///
    /// Hidden folders (`.git`, `.github`, …) are skipped: they hold tooling, not docs. Hidden
    /// `.md` files are kept, since a name is never trusted anyway. Symlinked folders
    /// are not entered (that avoids cycles and duplicate pages); a symlinked `.md` file is used
    /// only when its target lies inside the root.
    /// - Parameter root: The docs root, already standardized with symlinks resolved.
    /// - Returns: The docs, plus warnings about things that were skipped.
    /// - Throws: ``DocsCollectionError`` when the root is missing or cannot be listed.
    static func find(in root: URL) throws -> (docs: [FoundDoc], problems: [DocProblem]) {
        let fileManager = FileManager.default
        let rootPath = root.path
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: rootPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DocsCollectionError.rootNotADirectory(path: rootPath)
        }

        let keys: [URLResourceKey] = [.isSymbolicLinkKey, .isDirectoryKey, .isRegularFileKey]
        var docs: [FoundDoc] = []
        var problems: [DocProblem] = []
        // An explicit stack: folder depth comes from the file system, not from us.
        var pending: [(url: URL, components: [String])] = [(root, [])]
        while let (folder, components) = pending.popLast() {
            let entries: [URL]
            do {
                entries = try fileManager.contentsOfDirectory(
                    at: folder, includingPropertiesForKeys: keys)
            } catch {
                if components.isEmpty {
                    throw DocsCollectionError.unreadableDirectory(path: rootPath, reason: error.localizedDescription)
                }
                problems.append(DocProblem(
                    file: components.joined(separator: "/"), severity: .warning,
                    message: "cannot list folder; its docs are skipped (\(error.localizedDescription))"))
                continue
            }
            for entry in entries {
                let name = entry.lastPathComponent
                let path = components + [name]
                let values = try? entry.resourceValues(forKeys: Set(keys))
                if values?.isSymbolicLink == true {
                    guard isMarkdownName(name) else { continue }
                    let target = entry.resolvingSymlinksInPath()
                    guard isInside(target.path, root: rootPath) else {
                        problems.append(DocProblem(
                            file: path.joined(separator: "/"), severity: .warning,
                            message: "symlink points outside the docs folder; ignored"))
                        continue
                    }
                    guard (try? target.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else {
                        continue
                    }
                    docs.append(FoundDoc(relativePath: path.joined(separator: "/"), url: target))
                } else if values?.isDirectory == true {
                    if !name.hasPrefix(".") { pending.append((entry, path)) }
                } else if values?.isRegularFile == true, isMarkdownName(name) {
                    docs.append(FoundDoc(relativePath: path.joined(separator: "/"), url: entry))
                }
            }
        }
        docs.sort { $0.relativePath < $1.relativePath }
        problems.sort { $0.file < $1.file }
        return (docs, problems)
    }

    /// Whether a file name has the `.md` extension (any case, since macOS users write `README.MD`).
    static func isMarkdownName(_ name: String) -> Bool {
        name.count > 3 && name.lowercased().hasSuffix(".md")
    }

    /// Whether `path` is `root` itself or lies below it (both standardized, symlinks resolved).
    static func isInside(_ path: String, root: String) -> Bool {
        if path == root { return true }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix)
    }
}
