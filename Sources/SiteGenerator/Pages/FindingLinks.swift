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

    /// `message` as parts: `text`, `hasHref`, `href` (relative to `frame`). One pass over the
    /// message with a lookup per word: a report of thousands of findings over thousands of
    /// models stays linear.
    static func parts(_ message: String, data: SiteData, frame: PageFrame) -> [Ctx] {
        var parts: [Ctx] = []
        var textStart = message.startIndex
        var i = message.startIndex
        while i < message.endIndex {
            guard isIdCharacter(message[i]) else { i = message.index(after: i); continue }
            var end = i
            while end < message.endIndex && isIdCharacter(message[end]) { end = message.index(after: end) }
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
