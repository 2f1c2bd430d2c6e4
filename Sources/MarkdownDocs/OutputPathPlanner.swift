import Foundation

/// Chooses where each doc's HTML page goes: a safe, unique, relative path.
///
/// Every path segment is slugified, so spaces, `%2F`, `..` and other tricks in file names can
/// never climb out of the output folder, and the result is lowercase NFC so that case- and
/// normalization-insensitive file systems (macOS) cannot merge two pages either.
enum OutputPathPlanner {
    /// The longest slug kept for one segment, in UTF-8 bytes; well under common 255-byte limits
    /// even after `-N` and `.html` are added.
    static let maximumSegmentBytes = 200

    /// Output paths parallel to `sourcePaths` (relative, `/`-separated, ending in `.md`).
    ///
    /// Collisions get `-2`, `-3`, … on the file name in input order, so sorted input gives a
    /// deterministic result.
    static func outputPaths(for sourcePaths: [String]) -> [String] {
        var used: Set<String> = []
        return sourcePaths.map { sourcePath in
            var segments = sourcePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            let fileName = segments.popLast() ?? ""
            let folder = segments.map { slug($0, fallback: "folder") }
            let stem = slug(stem(of: fileName), fallback: "doc")
            let prefix = folder.isEmpty ? "" : folder.joined(separator: "/") + "/"
            var candidate = prefix + stem + ".html"
            var counter = 1
            while used.contains(candidate) {
                counter += 1
                candidate = prefix + stem + "-\(counter).html"
            }
            used.insert(candidate)
            return candidate
        }
    }

    /// `fileName` without a trailing `.md` (any case).
    static func stem(of fileName: String) -> String {
        fileName.lowercased().hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
    }

    /// A URL- and file-system-safe slug: Unicode letters, marks and digits kept, `_` kept,
    /// everything else turned into single hyphens, trimmed, capped in length.
    static func slug(_ segment: String, fallback: String) -> String {
        var result = String.UnicodeScalarView()
        var byteCount = 0
        var pendingHyphen = false
        for scalar in segment.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            guard scalar == "_" || HeadingSlugger.isWordScalar(scalar) else {
                pendingHyphen = true
                continue
            }
            let hyphenBytes = pendingHyphen && !result.isEmpty ? 1 : 0
            guard byteCount + hyphenBytes + UTF8.width(scalar) <= maximumSegmentBytes else { break }
            if hyphenBytes == 1 { result.append("-") }
            pendingHyphen = false
            result.append(scalar)
            byteCount += hyphenBytes + UTF8.width(scalar)
        }
        return result.isEmpty ? fallback : String(result)
    }
}
