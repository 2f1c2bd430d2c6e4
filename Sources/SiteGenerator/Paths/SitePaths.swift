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
/// | docs | `docs/index.html`, `docs/<DocPage.outputPath>` |
/// | API | `api/index.html`, `api/models.json`, `api/templates.json`, `api/pricing.json` |
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

    /// The page of the model with `recordId`.
    public static func model(recordId: String) -> String { "models/\(slug(recordId)).html" }
    /// The page of a provider.
    public static func provider(id: String) -> String { "providers/\(slug(id)).html" }
    /// The page of a content type.
    public static func contentType(id: String) -> String { "content-types/\(slug(id)).html" }
    /// The page of a content or workflow template.
    public static func template(id: String) -> String { "templates/\(slug(id)).html" }
    /// A doc page.
    public static func doc(outputPath: String) -> String { "docs/\(outputPath)" }

    /// A permanent, file-name-safe slug for an id: lowercase ASCII letters, digits, `_` and `-`.
    ///
    /// - An id that is already such a slug (`kie_ai`, a lowercase UUID) is kept as is.
    /// - A UUID in any case is lowercased (UUIDs are case-insensitive).
    /// - Anything else (`100@1`, `Flux Pro`, `<script>`) becomes its safe characters,
    ///   lowercased, with runs of other characters turned into one `-`, followed by `-` and 16
    ///   hex digits of a 64-bit FNV-1a hash of the original id: `100-1-8f…`. The hash keeps
    ///   ids that differ only in unsafe characters or case apart; the generator still refuses
    ///   to build when two pages would share a path.
    /// - `index` (which would hit the folder's index page) and the empty string also get the hash.
    ///
    /// The result depends on the id alone, so a page's URL never moves when other models change.
    public static func slug(_ id: String) -> String {
        if isPlainSlug(id) && id != "index" { return id }
        if isUUID(id) { return id.lowercased() }
        var base = ""
        var pendingHyphen = false
        for byte in id.utf8 {
            let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            if isSlugByte(lower) && lower != UInt8(ascii: "-") {
                if pendingHyphen && !base.isEmpty { base.append("-") }
                pendingHyphen = false
                base.append(Character(Unicode.Scalar(lower)))
                if base.utf8.count >= 60 { break }
            } else {
                pendingHyphen = true
            }
        }
        let hash = hex(fnv1a64(id))
        return base.isEmpty ? "id-\(hash)" : "\(base)-\(hash)"
    }

    static func isSlugByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }

    static func isPlainSlug(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 100, id.utf8.first != UInt8(ascii: "-") else { return false }
        return id.utf8.allSatisfy(isSlugByte)
    }

    /// `8-4-4-4-12` hex digits, any case.
    static func isUUID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count == 36 else { return false }
        for (i, b) in bytes.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                if b != UInt8(ascii: "-") { return false }
            } else {
                let isHex = (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46)
                if !isHex { return false }
            }
        }
        return true
    }

    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

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
