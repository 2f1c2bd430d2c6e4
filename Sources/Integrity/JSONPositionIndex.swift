/// Where each value of a JSON text sits: key path → 1-based line and column.
///
/// Key paths are written as in `CatalogLoadError` and `SchemaIssue`: `workflowTemplates[2]`,
/// `workflowTemplates[2].steps[0].parameters.duration`. An object member is located at its
/// key's opening quote (where an editor should put the cursor), an array element at its first
/// character. Columns count UTF-8 bytes, like `DocProblem`'s.
///
/// The scanner is forgiving: on malformed text it keeps what it found before the problem
/// (the catalogue loader reports the problem itself).
struct JSONPositionIndex: Sendable {
    /// A 1-based position in the text.
    struct Position: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    private(set) var positions: [String: Position] = [:]
    /// The decoded string values, by key path (used to check that a path still names the
    /// template the caller means).
    private(set) var strings: [String: String] = [:]

    private let bytes: [UInt8]
    private var index = 0
    private var lineStarts: [Int] = [0]

    /// Scans `text`.
    init(text: String) {
        bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { lineStarts.append(i + 1) }
        var depth = 0
        _ = parseValue(path: "", depth: &depth)
    }

    /// The position of `path`, or of its nearest located ancestor (`a.b[1].c` → `a.b[1]` → `a.b` → `a`).
    func position(nearest path: String) -> Position? {
        var path = path
        while true {
            if let p = positions[path] { return p }
            guard let parent = Self.parent(of: path) else { return nil }
            path = parent
        }
    }

    /// `a.b[1].c` → `a.b[1]` → `a.b` → `a` → nil.
    static func parent(of path: String) -> String? {
        guard !path.isEmpty else { return nil }
        if path.hasSuffix("]"), let open = path.lastIndex(of: "[") {
            let head = String(path[..<open])
            return head.isEmpty ? nil : head
        }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        return String(path[..<dot])
    }

    private func position(of offset: Int) -> Position {
        // Binary search for the last line start ≤ offset.
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return Position(line: lo + 1, column: offset - lineStarts[lo] + 1)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// Parses one value; returns false when the text is malformed (scanning stops).
    private mutating func parseValue(path: String, depth: inout Int) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { return false }
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { return false }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return true }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
                let keyOffset = index
                guard let key = parseString() else { return false }
                let child = path.isEmpty ? key : "\(path).\(key)"
                if positions[child] == nil { positions[child] = position(of: keyOffset) }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
                index += 1
                guard parseValue(path: child, depth: &depth) else { return false }
                skipWhitespace()
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return true }
                return false
            }
        case UInt8(ascii: "["):
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return true }
            var i = 0
            while true {
                skipWhitespace()
                let child = "\(path)[\(i)]"
                if positions[child] == nil { positions[child] = position(of: index) }
                guard parseValue(path: child, depth: &depth) else { return false }
                i += 1
                skipWhitespace()
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return true }
                return false
            }
        case UInt8(ascii: "\""):
            guard let s = parseString() else { return false }
            strings[path] = s
            return true
        default:
            // A number or a literal: everything up to the next delimiter.
            let start = index
            while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                index += 1
            }
            return index > start
        }
    }

    /// Parses a string starting at its opening quote; `nil` when unterminated.
    private mutating func parseString() -> String? {
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") { index += 1; return String(decoding: out, as: UTF8.self) }
            if b == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { return nil }
                let e = bytes[index + 1]
                index += 2
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard index + 4 <= bytes.count,
                          let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                    else { return nil }
                    index += 4
                    var scalarValue = code
                    // A surrogate pair.
                    if (0xD800..<0xDC00).contains(code), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                       bytes[index + 1] == UInt8(ascii: "u"),
                       let low = UInt32(String(decoding: bytes[index + 2..<index + 6], as: UTF8.self), radix: 16),
                       (0xDC00..<0xE000).contains(low) {
                        index += 6
                        scalarValue = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: out.append(e)
                }
                continue
            }
            out.append(b)
            index += 1
        }
        return nil
    }
}
