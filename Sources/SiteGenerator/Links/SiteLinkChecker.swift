import Foundation

/// A link in a built site that leads nowhere (or somewhere it must not).
public struct BrokenLink: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The page holding the link, relative to the site root.
    public var page: String
    /// The link as written (after HTML entity decoding).
    public var href: String
    /// Why it is broken.
    public var reason: String

    /// Creates a broken-link record.
    public init(page: String, href: String, reason: String) {
        self.page = page
        self.href = href
        self.reason = reason
    }

    public static func < (a: BrokenLink, b: BrokenLink) -> Bool {
        (a.page, a.href, a.reason) < (b.page, b.href, b.reason)
    }

    /// `models/index.html: x.html: no such file`.
    public var description: String { "\(page): \(href): \(reason)" }
}

/// Checks every internal link and `#anchor` of a built site: `href` and `src` attributes of
/// every HTML page must lead to a file of the site (a folder means its `index.html`), and a
/// fragment must name an `id` (or `<a name>`) on the target page. External `http(s)`,
/// `mailto:` and `tel:` links are not fetched. Refused outright: `javascript:`, `data:`,
/// `vbscript:` and `file:` URLs, and root-relative links (`/x.html`), which break under a
/// sub-path or from `file://`; except on `404.html`, which a host serves for a missing URL
/// at any depth, so it links from the site root and its root-relative links are checked
/// against the site's files instead.
public enum SiteLinkChecker {
    /// The page whose root-relative links are resolved from the site root (`MiscPages.notFound`).
    static let notFoundPage = "404.html"

    /// Checks the site in a folder.
    /// - Throws: `SiteGenerationError.io` when the folder does not exist.
    public static func check(siteRoot: URL) throws -> [BrokenLink] {
        let root = siteRoot.standardizedFileURL.path
        guard FileIO.kind(root) == .directory else {
            throw SiteGenerationError.io(path: root, message: "not a folder")
        }
        let paths = FileIO.walk(root)
        return check(paths: paths) { FileIO.read(root + "/" + $0) ?? [] }
    }

    /// Checks a site held in memory (path → bytes), e.g. `InMemoryPageWriter.files`.
    public static func check(files: [String: [UInt8]]) -> [BrokenLink] {
        check(paths: Array(files.keys)) { files[$0] ?? [] }
    }

    static func check(paths: [String], read: (String) -> [UInt8]) -> [BrokenLink] {
        let files = Set(paths)
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        let pages = paths.filter { $0.hasSuffix(".html") }.sorted()
        let scans = parallelMap(pages.count) { HTMLScanner.scan(read(pages[$0])) }
        var ids: [String: Set<String>] = [:]
        for (i, page) in pages.enumerated() { ids[page] = scans[i].ids }

        var broken: [BrokenLink] = []
        for (i, page) in pages.enumerated() {
            let folder = page.split(separator: "/").dropLast().map(String.init)
            for href in scans[i].links {
                if let reason = problem(href, page: page, folder: folder, files: files, folders: folders, ids: ids) {
                    broken.append(BrokenLink(page: page, href: href, reason: reason))
                }
            }
        }
        return broken.sorted()
    }

    static func problem(
        _ raw: String, page: String, folder: [String], files: Set<String>, folders: Set<String>, ids: [String: Set<String>]
    ) -> String? {
        let href = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if href.isEmpty { return nil }
        if let scheme = scheme(of: href) {
            switch scheme {
            case "http", "https", "mailto", "tel": return nil
            case "javascript", "data", "vbscript", "file": return "unsafe \(scheme): URL"
            default: return nil
            }
        }
        if href.hasPrefix("//") { return nil }
        if href.hasPrefix("/") {
            guard page == notFoundPage else { return "root-relative link (breaks under a sub-path and from file://)" }
            return problem(String(href.dropFirst()), page: page, folder: [], files: files, folders: folders, ids: ids)
        }

        var pathPart = href
        var fragment: String?
        if let hash = pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = String(pathPart[..<hash])
        }
        if let q = pathPart.firstIndex(of: "?") { pathPart = String(pathPart[..<q]) }

        var target: String
        if pathPart.isEmpty {
            target = page
        } else {
            guard let decoded = pathPart.removingPercentEncoding else { return "invalid percent-encoding" }
            var parts = folder
            for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
                if segment == "." { continue }
                if segment == ".." {
                    if parts.isEmpty { return "leads outside the site" }
                    parts.removeLast()
                    continue
                }
                parts.append(String(segment))
            }
            target = parts.joined(separator: "/")
            if decoded.hasSuffix("/") || target.isEmpty || folders.contains(target) {
                target = target.isEmpty ? "index.html" : target + "/index.html"
            }
            guard files.contains(target) else { return "no such file: \(target)" }
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html") {
            let name = fragment.removingPercentEncoding ?? fragment
            if !(ids[target]?.contains(name) ?? false) { return "no element with id '\(name)' in \(target)" }
        }
        return nil
    }

    /// The lowercase URL scheme, if `href` starts with one.
    static func scheme(of href: String) -> String? {
        var scheme = ""
        for (i, c) in href.unicodeScalars.enumerated() {
            if c == ":" { return i > 0 ? scheme.lowercased() : nil }
            let letter = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
            let other = (c >= "0" && c <= "9") || c == "+" || c == "-" || c == "."
            if i == 0 ? !letter : !(letter || other) { return nil }
            scheme.unicodeScalars.append(c)
        }
        return nil
    }
}

/// A small HTML tokenizer: just enough to find link attributes and ids. Skips comments,
/// `<script>`/`<style>` contents and declarations; decodes character references in values.
enum HTMLScanner {
    struct Result {
        var links: [String] = []
        var ids: Set<String> = []
    }

    static func scan(_ bytes: [UInt8]) -> Result {
        var result = Result()
        let n = bytes.count
        var i = 0
        func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        func find(_ needle: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
            guard needle.count <= n else { return nil }
            var k = start
            while k + needle.count <= n {
                var match = true
                for (j, b) in needle.enumerated() {
                    let c = caseInsensitive ? lower(bytes[k + j]) : bytes[k + j]
                    if c != b { match = false; break }
                }
                if match { return k }
                k += 1
            }
            return nil
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if i + 3 < n && bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-") {
                i = (find(Array("-->".utf8), from: i + 4) ?? n) + 3
                continue
            }
            if i + 1 < n && (bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?")) {
                i = (find([UInt8(ascii: ">")], from: i + 1) ?? n) + 1
                continue
            }
            if i + 1 < n && bytes[i + 1] == UInt8(ascii: "/") {
                i = (find([UInt8(ascii: ">")], from: i + 1) ?? n) + 1
                continue
            }
            guard i + 1 < n, isLetter(bytes[i + 1]) else { i += 1; continue }
            // Tag name.
            var j = i + 1
            var name: [UInt8] = []
            while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") {
                name.append(lower(bytes[j])); j += 1
            }
            // Attributes.
            while j < n {
                while j < n, isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") { j += 1 }
                if j >= n || bytes[j] == UInt8(ascii: ">") { break }
                var attr: [UInt8] = []
                while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") {
                    attr.append(lower(bytes[j])); j += 1
                }
                while j < n, isSpace(bytes[j]) { j += 1 }
                var value: [UInt8]?
                if j < n, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < n, isSpace(bytes[j]) { j += 1 }
                    if j < n, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                        let quote = bytes[j]
                        let start = j + 1
                        var end = start
                        while end < n, bytes[end] != quote { end += 1 }
                        value = Array(bytes[start..<min(end, n)])
                        j = end + 1
                    } else {
                        let start = j
                        while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                        value = Array(bytes[start..<j])
                    }
                }
                if attr.isEmpty { j += 1; continue }
                guard let value else { continue }
                let a = String(decoding: attr, as: UTF8.self)
                if a == "href" || a == "src" {
                    result.links.append(decodeEntities(String(decoding: value, as: UTF8.self)))
                } else if a == "id" || (a == "name" && name == Array("a".utf8)) {
                    result.ids.insert(decodeEntities(String(decoding: value, as: UTF8.self)))
                }
            }
            i = j + 1
            if name == Array("script".utf8) || name == Array("style".utf8) {
                let close = Array("</".utf8) + name
                i = find(close, from: i, caseInsensitive: true) ?? n
            }
        }
        return result
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: semi) <= 10 else {
                out += "&"
                rest = after
                continue
            }
            let entity = after[..<semi]
            var replacement: String?
            switch entity {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    if let v = UInt32(entity.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) { replacement = String(s) }
                } else if entity.hasPrefix("#") {
                    if let v = UInt32(entity.dropFirst()), let s = Unicode.Scalar(v) { replacement = String(s) }
                }
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }
}
