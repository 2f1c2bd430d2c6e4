import TokenPricing

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

    /// A text cell made safe against spreadsheet formula injection (OWASP): a leading `=`,
    /// `+`, `-`, `@`, tab or carriage return gets a `'` in front. Number columns do not use it.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        if first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r" {
            return "'" + value
        }
        return value
    }
}
