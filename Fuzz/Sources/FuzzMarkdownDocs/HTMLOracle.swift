import FuzzSupport

/// What safe-mode HTML may contain: the docs pipeline's promise that untrusted docs cannot
/// inject markup or script.
enum HTMLOracle {
    /// The elements libcmark's HTML renderer writes (plus the docs pipeline's `<hN id>`).
    static let allowedTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "code", "pre",
        "blockquote", "ul", "ol", "li", "hr", "br",
    ]

    /// Traps unless every `<` opens an allowed tag (or libcmark's raw-HTML placeholder) and no
    /// `href`/`src` starts with a dangerous scheme.
    static func checkSafe(_ html: String) {
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "<") else { continue }
            let rest = bytes[(i + 1)...]
            if rest.starts(with: Array("!-- raw HTML omitted -->".utf8)) { continue }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "/") { j += 1 }
            var name: [UInt8] = []
            while j < bytes.count, isTagNameByte(bytes[j]) { name.append(bytes[j]); j += 1 }
            let tag = String(decoding: name, as: UTF8.self)
            FuzzOracle.check(allowedTags.contains(tag), "safe HTML contains <\(tag): \(html)")
        }
        let lower = html.lowercased()
        for attribute in ["href=\"", "src=\""] {
            for scheme in ["javascript:", "vbscript:", "file:"] {
                FuzzOracle.check(!lower.contains(attribute + scheme), "safe HTML has \(attribute)\(scheme): \(html)")
            }
        }
    }

    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
