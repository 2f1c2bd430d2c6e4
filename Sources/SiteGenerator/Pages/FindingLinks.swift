/// A finding's message cut into text and links: every record id of a model the site has
/// becomes a link to that model's page, so an admin reading "shared by 3 entries: …" or
/// "differs only in case from 'X' (record id …)" reaches the models in one click.
///
/// The parts are plain text for the templates to escape (`{{text}}` in an `<a>` or not), so a
/// message never reaches a page unescaped.
enum FindingLinks {
    /// Characters an id is made of here: a maximal run of them is one word, looked up as a
    /// record id whole, so `schnell` inside `runware:flux-schnell` or `100@1` inside
    /// `runware:100@1` is not taken for an id. (An id with other characters is not linked.)
    private static func isIdCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "_" || c == "@" || c == ":" || c == "/"
    }

    /// `isIdCharacter` for a byte of an ASCII message: the same answer, without the Unicode
    /// tables `Character.isLetter` consults.
    private static func isIdByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: "@") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/")
    }

    /// `message` as parts: `text`, `hasHref`, `href` (relative to `frame`). One pass over the
    /// message with a lookup per word: a report of thousands of findings over thousands of
    /// models stays linear. An ASCII message (nearly all) is read byte by byte.
    static func parts(_ message: String, data: SiteData, frame: PageFrame) -> [Ctx] {
        message.utf8.allSatisfy({ $0 < 0x80 })
            ? parts(message, view: message.utf8, isId: isIdByte, data: data, frame: frame)
            : parts(message, view: message, isId: isIdCharacter, data: data, frame: frame)
    }

    /// The pass over `view`, the message's characters or, for ASCII, its bytes (both indexed
    /// by `String.Index`, so the words are cut from `message` alike).
    private static func parts<View: Collection>(
        _ message: String, view: View, isId: (View.Element) -> Bool, data: SiteData, frame: PageFrame
    ) -> [Ctx] where View.Index == String.Index {
        var parts: [Ctx] = []
        var textStart = message.startIndex
        var i = view.startIndex
        while i < view.endIndex {
            guard isId(view[i]) else { i = view.index(after: i); continue }
            var end = i
            while end < view.endIndex && isId(view[end]) { end = view.index(after: end) }
            if let entry = data.model(String(message[i..<end])) {
                if textStart < i { parts.append(text(message[textStart..<i])) }
                parts.append(["text": String(message[i..<end]), "hasHref": true, "href": frame.href(entry.path)])
                textStart = end
            }
            i = end
        }
        if textStart < message.endIndex || parts.isEmpty { parts.append(text(message[textStart...])) }
        return parts
    }

    private static func text(_ s: Substring) -> Ctx { ["text": String(s), "hasHref": false, "href": ""] }
}
