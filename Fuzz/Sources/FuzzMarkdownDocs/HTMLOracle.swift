import FuzzSupport

/// What safe-mode HTML may contain: the docs pipeline's promise that untrusted docs cannot
/// inject markup or script.
enum HTMLOracle {
    /// The elements libcmark's HTML renderer writes (plus the docs pipeline's `<hN id>`).
    static let allowedTags: Set<[UInt8]> = Set([
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "code", "pre",
        "blockquote", "ul", "ol", "li", "hr", "br",
    ].map { Array($0.utf8) })
    static let placeholder = Array("!-- raw HTML omitted -->".utf8)
    static let attributes = [Array("href=\"".utf8), Array("src=\"".utf8)]
    static let schemes = [Array("javascript:".utf8), Array("vbscript:".utf8), Array("file:".utf8)]

    /// Traps unless every `<` opens an allowed tag (or libcmark's raw-HTML placeholder) and no
    /// `href`/`src` starts with a dangerous scheme (in any letter case).
    static func checkSafe(_ html: String) {
        var utf8 = html
        utf8.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                defer { i += 1 }
                if bytes[i] == UInt8(ascii: "<") {
                    if starts(bytes, at: i + 1, with: placeholder, ignoringCase: false) { continue }
                    var j = i + 1
                    if j < bytes.count, bytes[j] == UInt8(ascii: "/") { j += 1 }
                    var name: [UInt8] = []
                    while j < bytes.count, isTagNameByte(bytes[j]) { name.append(bytes[j]); j += 1 }
                    FuzzOracle.check(allowedTags.contains(name), "safe HTML contains <\(String(decoding: name, as: UTF8.self)): \(html)")
                }
                for attribute in attributes where starts(bytes, at: i, with: attribute, ignoringCase: true) {
                    for scheme in schemes {
                        FuzzOracle.check(!starts(bytes, at: i + attribute.count, with: scheme, ignoringCase: true),
                                         "safe HTML links to \(String(decoding: scheme, as: UTF8.self)): \(html)")
                    }
                }
            }
        }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, with prefix: [UInt8], ignoringCase: Bool) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            var byte = bytes[start + offset]
            if ignoringCase, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { byte += 32 }
            if byte != expected { return false }
        }
        return true
    }

    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
