import Foundation

/// Checks a link found in one doc and, when it points at another doc, rewrites it to that
/// doc's generated page.
struct DocLinkResolver {
    /// What the resolver knows about each doc, keyed by root-relative source path.
    struct Target {
        /// The doc's output path.
        let outputPath: String
        /// The doc's heading anchors.
        let anchors: Set<String>
    }

    /// What to do with one destination.
    struct Resolution {
        /// The new destination, or `nil` to keep the one as written.
        var destination: String?
        /// Something to report about the link.
        var problem: (severity: DocProblem.Severity, message: String)?
    }

    /// Every doc of the collection, by source path.
    let docs: [String: Target]
    /// Whether a non-doc file exists at a root-relative path (inside the root).
    let fileExists: (String) -> Bool

    /// Resolves `destination`, written in the doc at `sourcePath`.
    func resolve(_ destination: String, from sourcePath: String) -> Resolution {
        if destination.isEmpty || Self.isExternal(destination) { return Resolution() }

        let (pathAndQuery, fragment) = Self.split(destination, at: "#")
        let (path, query) = Self.split(pathAndQuery, at: "?")
        // Authors percent-encode spaces and non-ASCII letters; compare what they mean.
        let decodedFragment = fragment.map { $0.removingPercentEncoding ?? $0 }

        if path.isEmpty {
            if let decodedFragment, let fragment, !decodedFragment.isEmpty,
               docs[sourcePath]?.anchors.contains(decodedFragment) != true {
                return Resolution(problem: (.error, "link to missing anchor '#\(fragment)' in '\(sourcePath)'"))
            }
            return Resolution()
        }

        let decodedPath = path.removingPercentEncoding ?? path
        let isDoc = DocFileFinder.isMarkdownName(
            decodedPath.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? "")
        if decodedPath.hasPrefix("/") {
            // Root-relative links depend on where the site is served; only docs are worth a word.
            guard isDoc else { return Resolution() }
            return Resolution(problem: (.warning,
                "absolute link to doc '\(path)' cannot be checked or rewritten; use a relative link"))
        }

        let resolved = RelativePath.resolve(decodedPath, from: RelativePath.folder(of: sourcePath))
        if isDoc {
            guard let resolved, let target = docs[resolved.joined(separator: "/")] else {
                return Resolution(problem: (.error, "link to missing doc '\(path)'"))
            }
            var href = RelativePath.href(from: RelativePath.folder(of: sourcePath), to: target.outputPath)
            if let query { href += "?" + query }
            if let fragment { href += "#" + fragment }
            var resolution = Resolution(destination: href)
            if let decodedFragment, let fragment, !decodedFragment.isEmpty,
               !target.anchors.contains(decodedFragment) {
                let targetPath = resolved.joined(separator: "/")
                resolution.problem = (.error, "link to missing anchor '#\(fragment)' in '\(targetPath)'")
            }
            return resolution
        }

        guard let resolved else {
            return Resolution(problem: (.warning, "link to file outside the docs folder '\(path)'"))
        }
        if resolved.isEmpty || fileExists(resolved.joined(separator: "/")) { return Resolution() }
        return Resolution(problem: (.warning, "link to missing file '\(path)'"))
    }

    /// Whether `destination` leaves the docs: it has a URL scheme (`https:`, `mailto:`, …) or is
    /// protocol-relative (`//host/…`).
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        // RFC 3986 scheme: a letter, then letters, digits, `+`, `-`, `.`, up to the colon.
        for (offset, scalar) in destination.unicodeScalars.enumerated() {
            if scalar == ":" { return offset > 0 }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isSchemeCharacter = isLetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            if offset == 0 ? !isLetter : !isSchemeCharacter { return false }
        }
        return false
    }

    /// Splits `text` at the first `separator`: the part before, and the part after if present.
    static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }
}
