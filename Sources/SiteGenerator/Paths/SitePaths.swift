import Integrity

/// The site's URL scheme: where every page goes. These paths are a contract other tools
/// rely on (the server, the CLI's `check --site`, bookmarks), so they only ever grow.
///
/// | page | path |
/// |---|---|
/// | dashboard | `index.html` |
/// | model catalogue | `models/index.html` (+ `models/models.csv`, `models/models.json`) |
/// | one model | `models/<slug(recordId)>.html` |
/// | providers | `providers/index.html`, `providers/<slug(provider id)>.html` |
/// | content types | `content-types/index.html`, `content-types/<slug(type id)>.html` |
/// | templates | `templates/index.html` (+ `templates/templates.csv`), `templates/<slug(id)>.html` |
/// | integrity | `integrity.html` |
/// | glossary | `glossary.html` (`#<term id>`) |
/// | docs | `docs/index.html`, `docs/<DocPage.outputPath>` |
/// | price changes | `changes/index.html`, `changes.xml` (Atom) |
/// | API | `api/index.html`, `api/models.json`, `api/templates.json`, `api/pricing.json`, `api/changes.json` |
/// | other | `sitemap.xml` (with a base URL), `404.html`, `assets/…` |
public enum SitePaths {
    /// The dashboard.
    public static let dashboard = "index.html"
    /// The model catalogue.
    public static let models = "models/index.html"
    /// The providers index.
    public static let providers = "providers/index.html"
    /// The content types index.
    public static let contentTypes = "content-types/index.html"
    /// The templates index.
    public static let templates = "templates/index.html"
    /// The integrity report.
    public static let integrity = "integrity.html"
    /// The docs index.
    public static let docs = "docs/index.html"
    /// The API index.
    public static let api = "api/index.html"
    /// The glossary of the terms the pages use (anchors: `GlossaryPage.terms` ids).
    public static let glossary = "glossary.html"
    /// The price history.
    public static let changes = "changes/index.html"
    /// The price history's Atom feed.
    public static let changesFeed = "changes.xml"
    /// The price history as JSON.
    public static let changesJSON = "api/changes.json"
    /// The side-by-side comparison of 2 to 4 models (`?ids=a,b`).
    public static let compare = "models/compare.html"

    /// The page of the model with `recordId`.
    public static func model(recordId: String) -> String { PagePaths.model(recordId: recordId) }
    /// The script holding the comparison data of the model with `recordId`, which the compare
    /// page loads when the model is chosen.
    public static func compareData(recordId: String) -> String { "models/compare-data/\(slug(recordId)).js" }
    /// The page of a provider.
    public static func provider(id: String) -> String { PagePaths.provider(id: id) }
    /// The page of a content type.
    public static func contentType(id: String) -> String { PagePaths.contentType(id: id) }
    /// The page of a content or workflow template.
    public static func template(id: String) -> String { PagePaths.template(id: id) }
    /// A doc page.
    public static func doc(outputPath: String) -> String { "docs/\(outputPath)" }

    /// A permanent, file-name-safe slug for an id (see `PagePaths.slug`, which the integrity
    /// check shares so it can report two ids that would share a page before a build fails).
    public static func slug(_ id: String) -> String { PagePaths.slug(id) }

    static func isSlugByte(_ b: UInt8) -> Bool { PagePaths.isSlugByte(b) }

    /// The relative prefix from the folder of `page` back to the site root: `""`, `"../"`, …
    public static func root(of page: String) -> String {
        var depth = 0
        for byte in page.utf8 where byte == UInt8(ascii: "/") { depth += 1 }
        return String(repeating: "../", count: depth)
    }

    /// A relative href from `page` to `target` (both site-relative paths), percent-encoded.
    public static func href(to target: String, from page: String) -> String {
        root(of: page) + percentEncodePath(target)
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters and `/`.
    public static func percentEncodePath(_ path: String) -> String {
        var clean = true
        for b in path.utf8 where !isUnreservedOrSlash(b) { clean = false; break }
        if clean { return path }
        var out = ""
        for b in path.utf8 {
            if isUnreservedOrSlash(b) {
                out.append(Character(Unicode.Scalar(b)))
            } else {
                out += "%" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
            }
        }
        return out
    }

    static func isUnreservedOrSlash(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "~")
            || b == UInt8(ascii: "/")
    }
}

/// Only `http(s)` URLs become links or sources. Anything else (`javascript:`, `data:`,
/// relative paths from the registry) is shown as text.
enum WebURL {
    /// `text` when it is an absolute `http://` or `https://` URL with a host and no spaces or
    /// control characters; else `nil`.
    static func safe(_ text: String?) -> String? {
        guard let text else { return nil }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else {
            return nil
        }
        guard let first = rest.first, first != "/" else { return nil }
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || scalar == "\"" || scalar == "<" || scalar == ">"
                || scalar == "\\" || scalar == "`" {
                return nil
            }
        }
        return text
    }
}
