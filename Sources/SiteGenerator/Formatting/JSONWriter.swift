import TokenPricing

/// The site's one JSON writer: bytes straight from typed values, without building a tree
/// first, pretty (two-space indentation, `\n` line ends) or compact (no whitespace at all, for
/// the big machine-read files). `ExactJSONEncoder` drives it from `Encodable` types and checks
/// that object keys come sorted; parameter dictionaries are sorted here.
struct JSONWriter {
    private(set) var out: [UInt8] = []
    /// The indentation level of the members of the innermost open container.
    private var depth: Int
    /// Per open container: whether it has no member yet.
    private var empty: [Bool] = []
    /// No newlines, indentation or spaces after colons.
    let compact: Bool

    /// A writer whose top value sits at indentation `indent` (its first line not indented).
    init(indent: Int = 0, capacity: Int = 1024, compact: Bool = false) {
        depth = indent
        self.compact = compact
        out.reserveCapacity(capacity)
    }

    private mutating func pad(_ level: Int) {
        for _ in 0..<(level * 2) { out.append(0x20) }
    }

    /// Starts the next member of the innermost container.
    private mutating func next() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
            if compact { return }
            out.append(0x0A)
        } else {
            out.append(UInt8(ascii: ","))
            if compact { return }
            out.append(0x0A)
        }
        pad(depth)
    }

    private mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        empty.append(true)
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !empty.removeLast() && !compact {
            out.append(0x0A)
            pad(depth)
        }
        out.append(bracket)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The key of the next object member; its value follows.
    mutating func key(_ key: String) {
        next()
        JSONWriter.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if !compact { out.append(0x20) }
    }

    /// Starts the next array element; its value follows.
    mutating func element() { next() }

    mutating func null() { out.append(contentsOf: "null".utf8) }
    mutating func string(_ value: String) { JSONWriter.writeString(value, into: &out) }
    mutating func number(_ literal: String) { out.append(contentsOf: literal.utf8) }
    mutating func bool(_ value: Bool) { out.append(contentsOf: (value ? "true" : "false").utf8) }

    /// A parameter value (numbers exact, object keys sorted).
    mutating func parameter(_ value: ParameterValue) {
        switch value {
        case .string(let s): string(s)
        case .number(let n): number(n.description)
        case .bool(let b): bool(b)
        case .null: null()
        case .array(let items):
            beginArray()
            for item in items { element(); parameter(item) }
            endArray()
        case .object(let dict): parameters(dict)
        }
    }

    mutating func parameters(_ dict: [String: ParameterValue]) {
        beginObject()
        for k in dict.keys.sorted() { key(k); parameter(dict[k]!) }
        endObject()
    }

    /// The bytes written, ending with a newline (for a whole document).
    mutating func finishDocument() -> [UInt8] {
        out.append(0x0A)
        return out
    }

    /// A JSON string literal (quotes, backslashes and control characters escaped).
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
