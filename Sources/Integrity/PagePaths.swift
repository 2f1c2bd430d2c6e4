/// Where the site puts the page of each registry or catalogue id. It lives here, below the
/// site generator, so the integrity check (`page-path-collision`) and the generator
/// (`SitePaths`) compute the same paths: two ids that would share a page are a check error,
/// not a surprise at build time.
public enum PagePaths {
    /// The page of the model with `recordId`.
    public static func model(recordId: String) -> String { "models/\(slug(recordId)).html" }
    /// The page of a provider.
    public static func provider(id: String) -> String { "providers/\(slug(id)).html" }
    /// The page of a content type.
    public static func contentType(id: String) -> String { "content-types/\(slug(id)).html" }
    /// The page of a content or workflow template.
    public static func template(id: String) -> String { "templates/\(slug(id)).html" }

    /// A permanent, file-name-safe slug for an id: lowercase ASCII letters, digits, `_` and `-`.
    ///
    /// - An id that is already such a slug (`kie_ai`, a lowercase UUID) is kept as is.
    /// - A UUID in any case is lowercased (UUIDs are case-insensitive).
    /// - Anything else (`100@1`, `Flux Pro`, `<script>`) becomes its safe characters,
    ///   lowercased, with runs of other characters turned into one `-`, followed by `-` and 16
    ///   hex digits of a 64-bit FNV-1a hash of the original id: `100-1-8f…`. The hash keeps
    ///   ids that differ only in unsafe characters or case apart; the integrity rule
    ///   `page-path-collision` reports two ids that still share a path (a UUID in two cases,
    ///   or an id spelled like another's slug), and the build refuses them.
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

    /// Whether `b` may appear in a slug: lowercase ASCII letters, digits, `_` and `-`.
    public static func isSlugByte(_ b: UInt8) -> Bool {
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

}
