/// Text made safe to write into generated Swift source: the scaffolder puts user-given
/// names, ids and providers into string literals and a `///` comment, and neither may end
/// early and let the rest of the text become code.
enum SwiftSourceText {
    /// A Swift string literal (with its quotes) whose value is exactly `text`: quotes and
    /// backslashes are escaped, and every control, format or line-separator character
    /// (newline, CR, U+2028, bidi overrides, …) is written as `\u{…}`, so the literal is
    /// one line of visible text whatever the input.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsEscape(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `text` for a one-line `///` comment: every character that could end the line (or hide
    /// what follows, like a bidi override) becomes a space.
    static func comment(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(needsEscape(scalar) ? " " : scalar) }
        return String(out)
    }

    /// Control (Cc, which includes DEL and U+0085), format (Cf), line and paragraph separators.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
