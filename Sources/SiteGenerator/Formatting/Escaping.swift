/// Escaping for the few places where Swift writes markup itself (SVG charts, sitemap XML).
/// Everything else goes through a template's `{{x}}`, which `CompiledRenderer` escapes with
/// the same five characters.
enum Escape {
    /// Text and attribute values in HTML, SVG and XML: `& < > " '`.
    static func html(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// HTML that the generator produced itself from escaped parts (charts), or that a trusted
/// renderer produced (Markdown through libcmark). Only values of this type reach unescaped
/// template tags: `{{{name}}}` reads a frame's raw-HTML slots (`Ctx[html:]`, keyed by
/// `HTMLSlot`), which hold nothing else, and the template lint refuses an unescaped tag that
/// names no slot. A `String` cannot be put there: the compiler rejects it.
struct SafeHTML: Sendable, Hashable, CustomStringConvertible {
    /// The markup.
    let html: String

    /// Wraps markup the caller vouches for.
    init(trusted html: String) { self.html = html }

    /// Escaped text, as markup.
    init(escaping text: String) { self.html = Escape.html(text) }

    var description: String { html }
}
