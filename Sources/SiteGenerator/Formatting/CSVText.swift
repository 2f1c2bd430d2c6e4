/// RFC 4180 CSV with `\r\n` line ends (the same quoting as site.js's export).
enum CSVText {
    /// One document from a header and rows.
    static func document(header: [String], rows: [[String]]) -> String {
        var out = line(header)
        for row in rows { out += line(row) }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var needsQuotes = false
        for b in value.utf8 where b == UInt8(ascii: "\"") || b == UInt8(ascii: ",") || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text cell made safe against spreadsheet formula injection (OWASP "CSV Injection"):
    /// when the first character that is not whitespace or a control character is `=`, `+`,
    /// `-`, `@` (or a full-width form, which some spreadsheets fold to ASCII), or the cell
    /// starts with a tab, carriage return or line feed, it gets a `'` in front. Spreadsheets
    /// skip leading spaces before they look for a formula (` =1+1` is a formula), so leading
    /// whitespace must not hide the trigger. Number columns do not use it.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        if first == "\t" || first == "\r" || first == "\n" { return "'" + value }
        guard let lead = value.unicodeScalars.first(where: { !isSkippedBeforeFormula($0) }) else { return value }
        return formulaTriggers.contains(lead) ? "'" + value : value
    }

    /// `=`, `+`, `-`, `@` and their full-width forms.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// Whitespace (any, including no-break and ideographic spaces) and control or format
    /// characters, which a spreadsheet may drop before it parses a cell.
    static func isSkippedBeforeFormula(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
