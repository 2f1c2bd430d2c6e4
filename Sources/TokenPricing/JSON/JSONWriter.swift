/// Writes JSON text straight into UTF-8 bytes, without building a tree first: the package's
/// one JSON writer (the price stream's answers, the admin site's API files and exports).
///
/// The conventions it carries: money (`money(_:)`) is a decimal string with every digit, never
/// a JSON number; a parameter value (`value(_:)`) keeps its JSON type and the exact digits of
/// its numbers, with object keys sorted; strings are escaped as `JSONEncoder` escapes them
/// (slashes left alone). The caller writes object keys in the order it wants them; callers
/// write them sorted.
///
/// Compact (no white space, one line: NDJSON answers, big machine-read files) or pretty
/// (two-space indentation, `\n` line ends).
public struct JSONWriter: Sendable {
    /// What has been written.
    public private(set) var bytes: [UInt8] = []
    /// No newlines, indentation or spaces after colons.
    public let compact: Bool
    /// The indentation level of the members of the innermost open container.
    private var depth: Int
    /// Per open container: whether it has no member yet.
    private var empty: [Bool] = []

    /// A writer whose top value sits at indentation `indent` (pretty output only).
    public init(capacity: Int = 1024, compact: Bool = true, indent: Int = 0) {
        self.compact = compact
        depth = indent
        bytes.reserveCapacity(capacity)
        empty.reserveCapacity(16)
    }

    // MARK: Structure

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The key of the next member of the innermost object; its value follows.
    public mutating func key(_ key: String) {
        next()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        if !compact { bytes.append(0x20) }
    }

    /// Starts the next member with a key known at compile time that needs no escaping (the
    /// protocol's own field names): its bytes are copied without the escaping scan.
    public mutating func key(static key: StaticString) {
        next()
        bytes.append(0x22)
        key.withUTF8Buffer { utf8 in
            assert(!utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }, "a static key needs escaping")
            bytes.append(contentsOf: utf8)
        }
        bytes.append(0x22)
        bytes.append(UInt8(ascii: ":"))
        if !compact { bytes.append(0x20) }
    }

    /// Starts the next element of the innermost array; its value follows.
    public mutating func element() { next() }

    // MARK: Values

    public mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    public mutating func bool(_ value: Bool) {
        if value { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }

    public mutating func int(_ value: Int) { number(String(value)) }

    /// A number written as given (a canonical decimal or integer literal).
    public mutating func number(_ literal: String) {
        var literal = literal
        literal.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Money: a decimal string with every digit (`"3.5"`), never a JSON number.
    public mutating func money(_ value: ExactDecimal) {
        bytes.append(0x22)
        decimal(value)
        bytes.append(0x22)
    }

    /// `value.description`'s bytes, written straight into the buffer for a significand that
    /// fits 64 bits (no intermediate `String`: money is most of an answer's numbers).
    mutating func decimal(_ value: ExactDecimal) {
        guard let small = Int64(exactly: value.significand), value.scale <= 19 else {
            var text = value.description
            text.withUTF8 { bytes.append(contentsOf: $0) }
            return
        }
        var m = small.magnitude
        let scale = value.scale
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var i = buffer.count
            var written = 0
            // At least one digit before the point: "0.005" for 5 at scale 3.
            while m > 0 || written <= scale {
                if written == scale && scale > 0 {
                    i -= 1
                    buffer[i] = UInt8(ascii: ".")
                }
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: 0x30 &+ m % 10)
                m /= 10
                written += 1
            }
            if small < 0 {
                i -= 1
                buffer[i] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i...]))
        }
    }

    /// A parameter value as its natural JSON: numbers with their exact digits, object keys
    /// sorted.
    public mutating func value(_ value: ParameterValue) {
        switch value {
        case .string(let s): string(s)
        case .number(let n): decimal(n)
        case .bool(let b): bool(b)
        case .null: null()
        case .array(let items):
            beginArray()
            for item in items {
                element()
                self.value(item)
            }
            endArray()
        case .object(let members): object(members)
        }
    }

    /// Parameter values by name, keys sorted.
    public mutating func object(_ members: [String: ParameterValue]) {
        beginObject()
        // The pairs are sorted, not the keys: looking each key up again hashed it.
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            key(name)
            value(member)
        }
        endObject()
    }

    /// A JSON string, escaped as `JSONEncoder` escapes it: `"` and `\`, the short forms of
    /// `\b \f \n \r \t`, `\u00XX` for other control characters; everything else as is.
    public mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
                start = i + 1
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count])) }
        }
        bytes.append(0x22)
    }

    // MARK: Documents and lines

    /// Ends a document or an NDJSON line.
    public mutating func newline() { bytes.append(0x0A) }

    /// The bytes written, ending with a newline (for a whole document).
    public mutating func finishDocument() -> [UInt8] {
        newline()
        return bytes
    }

    /// Forgets what was written (after it was sent), keeping the buffer.
    public mutating func removeAll(keepingCapacity: Bool = true) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
    }

    // MARK: Private

    private mutating func pad(_ level: Int) {
        for _ in 0..<(level * 2) { bytes.append(0x20) }
    }

    /// Starts the next member or element of the innermost container (nothing at top level).
    private mutating func next() {
        guard let last = empty.indices.last else { return }
        if empty[last] {
            empty[last] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        if compact { return }
        bytes.append(0x0A)
        pad(depth)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        empty.append(true)
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !empty.removeLast() && !compact {
            bytes.append(0x0A)
            pad(depth)
        }
        bytes.append(bracket)
    }
}
