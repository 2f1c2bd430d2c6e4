import TokenPricing

/// Writes JSON straight into bytes from typed values, in exactly `JSONText`'s format (two-space
/// indentation, `\n` line ends, the same string escaping), without building a tree first, or
/// compact (no whitespace at all) for the big machine-read files.
/// Object keys are written in the order the caller gives them, so callers give them sorted
/// (as `JSONText` sorts them); parameter dictionaries are sorted here.
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
        JSONText.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if !compact { out.append(0x20) }
    }

    /// Starts the next array element; its value follows.
    mutating func element() { next() }

    /// An element already written at this array's element indentation.
    mutating func writtenElement(_ bytes: [UInt8]) {
        next()
        out.append(contentsOf: bytes)
    }

    mutating func null() { out.append(contentsOf: "null".utf8) }
    mutating func string(_ value: String) { JSONText.writeString(value, into: &out) }
    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func number(_ literal: String) { out.append(contentsOf: literal.utf8) }
    mutating func int(_ value: Int) { number(String(value)) }
    mutating func int(_ value: Int?) { if let value { int(value) } else { null() } }
    mutating func bool(_ value: Bool) { out.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func bool(_ value: Bool?) { if let value { bool(value) } else { null() } }
    mutating func decimal(_ value: ExactDecimal?) { if let value { number(value.description) } else { null() } }
    /// An exact decimal as a JSON string.
    mutating func decimalString(_ value: ExactDecimal?) { if let value { string(value.description) } else { null() } }

    mutating func strings(_ values: [String]) {
        beginArray()
        for v in values { element(); string(v) }
        endArray()
    }

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

    /// A whole document: `{"<arrayKey>": [elements], "version": 1}` as `JSONText` writes it
    /// (or compact), ending with a newline. The elements are written one after the other into one buffer
    /// (the job runs beside the other pages, so it needs no threads of its own, and the
    /// document is never held twice); `bytesPerElement` sizes the buffer up front.
    static func versionedArrayDocument(
        key arrayKey: String, count: Int, bytesPerElement: Int, compact: Bool = false,
        _ element: (Int, inout JSONWriter) -> Void
    ) -> [UInt8] {
        var w = JSONWriter(indent: 0, capacity: 64 + count * bytesPerElement, compact: compact)
        w.beginObject()
        w.key(arrayKey)
        w.beginArray()
        for i in 0..<count {
            w.element()
            element(i, &w)
        }
        w.endArray()
        w.key("version")
        w.int(1)
        w.endObject()
        return w.finishDocument()
    }
}
