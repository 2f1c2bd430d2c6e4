import TokenPricing

/// A JSON value written by hand so that output is byte-stable: object keys sorted, two-space
/// indentation, `\n` line ends, exact decimals written with their canonical digits.
indirect enum JSONText: Sendable, Hashable {
    case string(String)
    /// A number written exactly as given (a canonical decimal or integer literal).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([String: JSONText])

    static func int(_ value: Int) -> JSONText { .number(String(value)) }
    static func int(_ value: Int?) -> JSONText { value.map { .number(String($0)) } ?? .null }
    static func decimal(_ value: ExactDecimal) -> JSONText { .number(value.description) }
    /// An exact decimal as a JSON string (every digit survives any JSON reader).
    static func decimalString(_ value: ExactDecimal?) -> JSONText { value.map { .string($0.description) } ?? .null }
    static func string(_ value: String?) -> JSONText { value.map { .string($0) } ?? .null }

    /// A parameter value as JSON (numbers exact).
    static func parameter(_ value: ParameterValue) -> JSONText {
        switch value {
        case .string(let s): return .string(s)
        case .number(let n): return .number(n.description)
        case .bool(let b): return .bool(b)
        case .null: return .null
        case .array(let items): return .array(items.map(parameter))
        case .object(let dict): return .object(dict.mapValues(parameter))
        }
    }

    static func parameters(_ dict: [String: ParameterValue]) -> JSONText { .object(dict.mapValues(parameter)) }

    /// An array whose elements were already written (by `bytes(indent:)` at the array's
    /// element indentation), so big arrays can be written on every core.
    case written([[UInt8]])

    /// The document, pretty-printed, ending with a newline.
    var document: String { String(decoding: documentBytes, as: UTF8.self) }

    /// The document as UTF-8 bytes, ending with a newline.
    var documentBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    /// The value written at `indent` (its first line not indented), for `.written`.
    func bytes(indent: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return out
    }

    /// An array of `values` written concurrently; `indent` is the indentation of the array's
    /// elements (the array's own indentation + 1).
    static func parallelArray(_ values: [JSONText], indent: Int) -> JSONText {
        .written(parallelMap(values.count) { values[$0].bytes(indent: indent) })
    }

    /// An array of `count` elements made and written concurrently.
    static func parallelArray(count: Int, indent: Int, _ make: (Int) -> JSONText) -> JSONText {
        .written(parallelMap(count) { make($0).bytes(indent: indent) })
    }

    private static func pad(_ out: inout [UInt8], _ indent: Int) {
        for _ in 0..<(indent * 2) { out.append(0x20) }
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let s): JSONText.writeString(s, into: &out)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                JSONText.pad(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i == items.count - 1 ? "\n" : ",\n").utf8)
            }
            JSONText.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .written(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                JSONText.pad(&out, indent + 1)
                out.append(contentsOf: item)
                out.append(contentsOf: (i == items.count - 1 ? "\n" : ",\n").utf8)
            }
            JSONText.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let dict):
            if dict.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            let keys = dict.keys.sorted()
            for (i, key) in keys.enumerated() {
                JSONText.pad(&out, indent + 1)
                JSONText.writeString(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                dict[key]!.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i == keys.count - 1 ? "\n" : ",\n").utf8)
            }
            JSONText.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default:
                out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

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
