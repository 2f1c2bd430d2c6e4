import CCMark
import Foundation

/// Extracts the readable text of a libcmark subtree (used for heading titles and anchors).
enum NodePlainText {
    /// The text of `node`'s descendants: text and code spans kept, emphasis and link markup
    /// dropped, raw HTML skipped (it is not visible text), line breaks turned into spaces.
    /// - Parameter smartDashesAsHyphens: Writes each en dash in text (not code) as `--` and each
    ///   em dash as `---`: the hyphens smart punctuation made them from.
    static func of(_ node: OpaquePointer, smartDashesAsHyphens: Bool = false) -> String {
        // An iterator instead of recursion: inline nesting depth is attacker-controlled.
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT where smartDashesAsHyphens:
                if let literal = cmark_node_get_literal(child) {
                    text += String(cString: literal)
                        .replacingOccurrences(of: "\u{2013}", with: "--")
                        .replacingOccurrences(of: "\u{2014}", with: "---")
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
