import CCMark
import Foundation

/// Extracts the readable text of a libcmark subtree (used for heading titles and anchors).
enum NodePlainText {
    /// The text of `node`'s descendants: text and code spans kept, emphasis and link markup
    /// dropped, raw HTML skipped (it is not visible text), line breaks turned into spaces.
    static func of(_ node: OpaquePointer) -> String {
        // An iterator instead of recursion: inline nesting depth is attacker-controlled.
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
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
