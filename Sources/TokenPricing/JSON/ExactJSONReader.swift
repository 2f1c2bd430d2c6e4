/// Reads JSON text into a `ParameterValue`, keeping every number exactly as written.
///
/// Foundation's readers turn numbers into `Double` or `Decimal` on the way in, so
/// `4.000000000000000000000000000000000000001` becomes 4 and a 40-digit number loses digits
/// without a word. Here a number's text goes straight to `ExactDecimal.parse`: it is held
/// exactly or it is an error naming its key path, never a nearby value.
///
/// Strict RFC 8259: one value, optional white space around it, no trailing commas, no
/// comments, strings of valid UTF-8 without raw control characters. A key given twice in one
/// object is an error (which value would price?). Nesting is limited (`maxDepth`), so a
/// hostile line cannot exhaust the stack. Work is linear in the input.
public enum ExactJSONReader {
    /// The deepest nesting of arrays and objects accepted by default.
    public static let defaultMaxDepth = 64

    /// Parses one JSON value from UTF-8 bytes.
    /// - Throws: `ExactJSONError` with the key path and byte offset of the first problem.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = defaultMaxDepth) throws(ExactJSONError) -> ParameterValue {
        var reader = Cursor(bytes: bytes, maxDepth: maxDepth)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == bytes.count else {
            throw ExactJSONError(keyPath: "", offset: reader.position, message: "unexpected text after the JSON value")
        }
        return value
    }

    /// Parses one JSON value from a string or any UTF-8 bytes.
    public static func parse(_ text: some StringProtocol, maxDepth: Int = defaultMaxDepth) throws(ExactJSONError) -> ParameterValue {
        var copy = String(text)
        let result: Result<ParameterValue, ExactJSONError> = copy.withUTF8 { buffer in
            do throws(ExactJSONError) { return .success(try parse(buffer, maxDepth: maxDepth)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxDepth: Int
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
            self.bytes = bytes
            self.maxDepth = maxDepth
        }

        func fail(_ message: String, at offset: Int? = nil) -> ExactJSONError {
            ExactJSONError(keyPath: "", offset: offset ?? position, message: message)
        }

        @inline(__always)
        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(ExactJSONError) -> ParameterValue {
            guard position < bytes.count else { throw fail("expected a JSON value, found the end of the text") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw fail("expected a JSON value, found \(Self.describe(bytes[position]))")
            }
        }

        mutating func literal(_ word: StaticString) throws(ExactJSONError) {
            let count = word.utf8CodeUnitCount
            guard bytes.count - position >= count else { throw fail("expected \(word)") }
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
            for k in 0..<count where bytes[position + k] != expected[k] { throw fail("expected \(word)") }
            position += count
        }

        mutating func number() throws(ExactJSONError) -> ExactDecimal {
            let start = position
            while position < bytes.count, Self.isNumberByte(bytes[position]) { position += 1 }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
            switch ExactDecimal.parse(utf8: text, strict: true) {
            case .value(let v): return v
            case .malformed: throw fail("'\(Self.excerpt(text))' is not a JSON number", at: start)
            case .notExact(let why): throw fail("the number \(Self.excerpt(text)) cannot be held exactly: \(why)", at: start)
            }
        }

        @inline(__always)
        static func isNumberByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b | 0x20 == UInt8(ascii: "e")
        }

        mutating func string() throws(ExactJSONError) -> String {
            let open = position
            position += 1
            let start = position
            // Fast path: no escapes, so the text is the bytes themselves. ASCII text is valid
            // UTF-8 as it is, so it skips the generic validation (a tenth of the price
            // stream's time when every string went through it).
            var ascii = true
            while position < bytes.count {
                let b = bytes[position]
                if b == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    position += 1
                    if ascii { return String(decoding: slice, as: UTF8.self) }
                    guard let s = String(validating: slice, as: UTF8.self) else { throw fail("a string is not valid UTF-8", at: open) }
                    return s
                }
                if b >= 0x80 { ascii = false }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { throw fail("a string holds a raw control character (write it as \\u00XX)", at: position) }
                position += 1
            }
            var out: [UInt8] = Array(bytes[start..<position])
            while position < bytes.count {
                let b = bytes[position]
                switch b {
                case UInt8(ascii: "\""):
                    position += 1
                    guard let s = String(validating: out, as: UTF8.self) else { throw fail("a string is not valid UTF-8", at: open) }
                    return s
                case UInt8(ascii: "\\"):
                    position += 1
                    guard position < bytes.count else { break }
                    let e = bytes[position]
                    position += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if scalar >= 0xD800 && scalar < 0xDC00 {
                            // A high surrogate must be followed by an escaped low one.
                            guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                                throw fail("a \\u escape holds an unpaired surrogate", at: position)
                            }
                            position += 2
                            let low = try hex4()
                            guard low >= 0xDC00 && low < 0xE000 else { throw fail("a \\u escape holds an unpaired surrogate", at: position) }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if scalar >= 0xDC00 && scalar < 0xE000 {
                            throw fail("a \\u escape holds an unpaired surrogate", at: position)
                        }
                        out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                    default:
                        throw fail("'\\\(Self.describe(e))' is not a JSON escape", at: position - 2)
                    }
                default:
                    if b < 0x20 { throw fail("a string holds a raw control character (write it as \\u00XX)", at: position) }
                    out.append(b)
                    position += 1
                }
            }
            throw fail("a string is not closed", at: open)
        }

        mutating func hex4() throws(ExactJSONError) -> UInt32 {
            guard bytes.count - position >= 4 else { throw fail("a \\u escape needs four hex digits") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[position]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - 48
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - 87
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - 55
                default: throw fail("a \\u escape needs four hex digits")
                }
                v = v << 4 | UInt32(d)
                position += 1
            }
            return v
        }

        mutating func array(depth: Int) throws(ExactJSONError) -> ParameterValue {
            guard depth <= maxDepth else {
                throw ExactJSONError(keyPath: "", offset: position, message: "the JSON nests deeper than \(maxDepth) levels", isDepthLimit: true)
            }
            position += 1
            var items: [ParameterValue] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            while true {
                skipSpace()
                do throws(ExactJSONError) {
                    items.append(try value(depth: depth))
                } catch {
                    throw error.inside("[\(items.count)]")
                }
                skipSpace()
                guard position < bytes.count else { throw fail("an array is not closed") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                throw fail("expected ',' or ']' in an array, found \(Self.describe(bytes[position]))")
            }
        }

        mutating func object(depth: Int) throws(ExactJSONError) -> ParameterValue {
            guard depth <= maxDepth else {
                throw ExactJSONError(keyPath: "", offset: position, message: "the JSON nests deeper than \(maxDepth) levels", isDepthLimit: true)
            }
            position += 1
            var members: [String: ParameterValue] = [:]
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw fail(position < bytes.count ? "expected a key in quotes, found \(Self.describe(bytes[position]))" : "an object is not closed")
                }
                let keyOffset = position
                let key = try string()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw fail("expected ':' after a key").inside(ExactJSONError.component(key))
                }
                position += 1
                skipSpace()
                let member: ParameterValue
                do throws(ExactJSONError) {
                    member = try value(depth: depth)
                } catch {
                    throw error.inside(ExactJSONError.component(key))
                }
                guard members.updateValue(member, forKey: key) == nil else {
                    throw fail("the key is given more than once", at: keyOffset).inside(ExactJSONError.component(key))
                }
                skipSpace()
                guard position < bytes.count else { throw fail("an object is not closed") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
                throw fail("expected ',' or '}' in an object, found \(Self.describe(bytes[position]))")
            }
        }

        static func describe(_ b: UInt8) -> String {
            b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))"
        }

        /// At most 60 characters of a number's text, for messages.
        static func excerpt(_ text: UnsafeBufferPointer<UInt8>) -> String {
            let s = String(decoding: text.prefix(60), as: UTF8.self)
            return text.count > 60 ? s + "…" : s
        }
    }
}

/// Why JSON text could not be read: where (key path and byte offset) and what was wrong.
public struct ExactJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The key path of the value at fault, e.g. `parameters.duration` or `steps[0].options[2]`;
    /// empty at the top level.
    public var keyPath: String
    /// The byte offset in the text where the problem was seen.
    public var offset: Int
    /// What was wrong and what was expected.
    public var message: String
    /// Whether the text broke the nesting limit (`maxDepth`) rather than JSON's grammar.
    public var isDepthLimit: Bool

    /// Creates an error.
    public init(keyPath: String, offset: Int, message: String, isDepthLimit: Bool = false) {
        self.keyPath = keyPath
        self.offset = offset
        self.message = message
        self.isDepthLimit = isDepthLimit
    }

    /// `parameters.n: the number … cannot be held exactly …`.
    public var description: String { keyPath.isEmpty ? message : "\(keyPath): \(message)" }

    /// The error seen one level up: `component` is `[3]` or a key.
    func inside(_ component: String) -> ExactJSONError {
        var copy = self
        if keyPath.isEmpty { copy.keyPath = component }
        else if keyPath.hasPrefix("[") { copy.keyPath = component + keyPath }
        else { copy.keyPath = component + "." + keyPath }
        return copy
    }

    /// A key as a key-path component (keys are written as they are).
    static func component(_ key: String) -> String { key }
}
