/// Path arithmetic on `/`-separated relative paths inside the docs root.
enum RelativePath {
    /// The folder components of a relative file path (`a/b/c.md` → `["a", "b"]`).
    static func folder(of path: String) -> [String] {
        Array(path.split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init))
    }

    /// Resolves `path` against `folder`, applying `.` and `..`.
    /// - Returns: The components relative to the root, or `nil` when `..` climbs above it.
    static func resolve(_ path: String, from folder: [String]) -> [String]? {
        var result = folder
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".":
                continue
            case "..":
                guard !result.isEmpty else { return nil }
                result.removeLast()
            default:
                result.append(String(component))
            }
        }
        return result
    }

    /// A relative URL path from a page in `folder` to the file at `target` (both root-relative).
    static func href(from folder: [String], to target: String) -> String {
        let targetComponents = target.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let targetFolder = targetComponents.dropLast()
        var common = 0
        while common < folder.count, common < targetFolder.count,
              folder[common] == targetFolder[targetFolder.startIndex + common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: folder.count - common)
        return (ups + targetComponents[common...]).joined(separator: "/")
    }
}
