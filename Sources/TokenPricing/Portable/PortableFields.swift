/// Strict reading of one JSON object of the portable form: each field is asked for by name
/// and type, and `finish()` rejects any field nobody asked for, naming its key path and the
/// fields the object may have. Absent optional fields are `nil`; JSON `null` is never taken
/// to mean absent (a parameter value may be `null`, a decimal may not).
public struct PortableFields: Sendable {
    /// The object's members.
    public let members: [String: ParameterValue]
    /// The object's own key path (empty for the document).
    public let path: String
    private var asked: [String] = []

    /// Reads `value` as an object at `path`.
    /// - Throws: `PortableFormatError` when `value` is not an object.
    public init(_ value: ParameterValue, at path: String) throws(PortableFormatError) {
        guard case .object(let members) = value else {
            throw PortableFormatError(keyPath: path, message: "expected an object, found \(Portable.describe(value))")
        }
        self.members = members
        self.path = path
    }

    /// The key path of a member.
    public func path(of key: String) -> String { Portable.path(path, key) }

    /// A required member, read by `read`.
    public mutating func required<T>(
        _ key: String, _ read: (ParameterValue, String) throws(PortableFormatError) -> T
    ) throws(PortableFormatError) -> T {
        asked.append(key)
        guard let value = members[key] else {
            throw PortableFormatError(keyPath: path(of: key), message: "missing required field")
        }
        return try read(value, path(of: key))
    }

    /// An optional member, read by `read` when present.
    public mutating func optional<T>(
        _ key: String, _ read: (ParameterValue, String) throws(PortableFormatError) -> T
    ) throws(PortableFormatError) -> T? {
        asked.append(key)
        guard let value = members[key] else { return nil }
        return try read(value, path(of: key))
    }

    /// Marks `keys` as known without reading them (a caller that reads them itself).
    public mutating func allow(_ keys: [String]) { asked += keys }

    /// Throws for the first member (in key order) that no read asked for.
    public func finish() throws(PortableFormatError) {
        let known = Set(asked)
        guard let unknown = members.keys.sorted().first(where: { !known.contains($0) }) else { return }
        throw PortableFormatError(
            keyPath: path(of: unknown),
            message: "unknown field; expected one of \(asked.sorted().joined(separator: ", "))")
    }
}

/// The scalar readers and writers of the portable form, shared by every codec.
public enum Portable {
    /// The format version this code reads and writes.
    public static let formatVersion = 1

    /// `a.b`, or `b` at the top.
    public static func path(_ base: String, _ key: String) -> String { base.isEmpty ? key : "\(base).\(key)" }

    /// `a[3]`.
    public static func path(_ base: String, _ index: Int) -> String { "\(base)[\(index)]" }

    /// A value in words for messages: `number 3.5`, `string "x"`, `an object`.
    public static func describe(_ value: ParameterValue) -> String {
        switch value {
        case .string(let s): return "string \"\(s)\""
        case .number(let n): return "number \(n)"
        case .bool(let b): return "boolean \(b)"
        case .array: return "an array"
        case .object: return "an object"
        case .null: return "null"
        }
    }

    static func wrongType(_ path: String, _ expected: String, _ value: ParameterValue) -> PortableFormatError {
        PortableFormatError(keyPath: path, message: "expected \(expected), found \(describe(value))")
    }

    /// A string.
    public static func string(_ value: ParameterValue, _ path: String) throws(PortableFormatError) -> String {
        guard case .string(let s) = value else { throw wrongType(path, "a string", value) }
        return s
    }

    /// A boolean.
    public static func bool(_ value: ParameterValue, _ path: String) throws(PortableFormatError) -> Bool {
        guard case .bool(let b) = value else { throw wrongType(path, "true or false", value) }
        return b
    }

    /// A whole JSON number that fits an `Int`.
    public static func int(_ value: ParameterValue, _ path: String) throws(PortableFormatError) -> Int {
        guard case .number(let n) = value, let i = n.intValue else { throw wrongType(path, "a whole number", value) }
        return i
    }

    /// A decimal, written as a JSON string with its exact digits (`"3.5"`). A JSON number is
    /// refused: readers in other languages would parse it into a binary float.
    public static func decimal(_ value: ParameterValue, _ path: String) throws(PortableFormatError) -> ExactDecimal {
        guard case .string(let text) = value else { throw wrongType(path, "a decimal string such as \"3.5\"", value) }
        guard let n = ExactDecimal(text) else {
            throw PortableFormatError(keyPath: path, message: "expected a decimal string such as \"3.5\", found \"\(text)\"")
        }
        return n
    }

    /// Any JSON value, as a parameter value (numbers exact).
    public static func value(_ value: ParameterValue, _ path: String) throws(PortableFormatError) -> ParameterValue { value }

    /// An array, each element read by `read` at its index's key path.
    public static func array<T>(
        _ value: ParameterValue, _ path: String, _ read: (ParameterValue, String) throws(PortableFormatError) -> T
    ) throws(PortableFormatError) -> [T] {
        guard case .array(let items) = value else { throw wrongType(path, "an array", value) }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() { result.append(try read(item, Portable.path(path, i))) }
        return result
    }

    /// An array of strings.
    public static func strings(_ value: ParameterValue, _ path: String) throws(PortableFormatError) -> [String] {
        try array(value, path, string)
    }

    /// One of `choices`, written as a string: an unknown one is named with the choices.
    public static func choice<T>(
        _ value: ParameterValue, _ path: String, _ choices: [(String, T)], what: String = "value"
    ) throws(PortableFormatError) -> T {
        let text = try string(value, path)
        if let hit = choices.first(where: { $0.0 == text }) { return hit.1 }
        throw PortableFormatError(
            keyPath: path, message: "unknown \(what) '\(text)'; expected one of \(choices.map(\.0).joined(separator: ", "))")
    }

    /// An object whose members are all read by `read` (keys are free, e.g. parameter names).
    public static func dictionary<T>(
        _ value: ParameterValue, _ path: String, _ read: (ParameterValue, String) throws(PortableFormatError) -> T
    ) throws(PortableFormatError) -> [String: T] {
        guard case .object(let members) = value else { throw wrongType(path, "an object", value) }
        var result: [String: T] = [:]
        for key in members.keys.sorted() { result[key] = try read(members[key]!, Portable.path(path, key)) }
        return result
    }

    /// The `formatVersion` member of a document: must be `formatVersion`.
    public static func version(_ value: ParameterValue, _ path: String) throws(PortableFormatError) -> Int {
        let v = try int(value, path)
        guard v == formatVersion else {
            throw PortableFormatError(keyPath: path, message: "unsupported format version \(v); this reader knows version \(formatVersion)")
        }
        return v
    }
}

extension Dictionary where Key == String, Value == ParameterValue {
    /// Sets `key` when `value` is present: the portable form omits absent fields (never `null`).
    public mutating func setIfPresent(_ key: String, _ value: ParameterValue?) {
        if let value { self[key] = value }
    }
}

extension ParameterValue {
    /// A decimal in the portable form: a string with its exact digits.
    public static func portableDecimal(_ n: ExactDecimal) -> ParameterValue { .string(n.description) }
    /// A list of strings.
    public static func portableStrings(_ list: [String]) -> ParameterValue { .array(list.map { .string($0) }) }
}
