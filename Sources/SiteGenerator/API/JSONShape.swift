/// The shape of a JSON document type: which keys its objects have and which of them hold
/// objects or arrays of objects. Read from the type's `Decodable` conformance (`of(_:)`), so
/// the API page lists exactly the keys the files are written with, from the same types.
indirect enum JSONShape: Hashable, Sendable {
    /// A string, number, boolean, or an array of them.
    case leaf
    /// An object's keys, sorted, with their shapes; no keys for a dictionary of any keys.
    case object([Member])
    /// An array of this.
    case array(JSONShape)

    struct Member: Hashable, Sendable {
        var key: String
        var shape: JSONShape
    }

    /// The shape of `type`, found by decoding it from a decoder that makes up values and
    /// records every key asked for (optionals are followed as if present).
    static func of<T: Decodable>(_ type: T.Type) -> JSONShape {
        let recorder = ShapeRecorder()
        do { _ = try T(from: recorder) } catch { return .leaf }
        return recorder.shape
    }

    /// The shape as the API page writes it: `{"a", "b": {…}, "c": [{"d"}]}`; leaves are their
    /// key alone, an object of any keys is `{…}`.
    var text: String {
        switch self {
        case .leaf: return "…"
        case .array(let element): return element == .leaf ? "[…]" : "[\(element.text)]"
        case .object(let members):
            if members.isEmpty { return "{…}" }
            return "{" + members.map { m in
                m.shape.isLeafLike ? "\"\(m.key)\"" : "\"\(m.key)\": \(m.shape.text)"
            }.joined(separator: ", ") + "}"
        }
    }

    /// Every key path of the shape (`models[].inputSchema.required`), for tests.
    var keyPaths: [String] {
        switch self {
        case .leaf: return []
        case .array(let element): return element.keyPaths.map { "[]" + ($0.hasPrefix("[") ? "" : ".") + $0 }
        case .object(let members):
            return members.flatMap { m in
                [m.key] + m.shape.keyPaths.map { m.key + ($0.hasPrefix("[") ? "" : ".") + $0 }
            }
        }
    }

    private var isLeafLike: Bool {
        if case .leaf = self { return true }
        if case .array(.leaf) = self { return true }
        return false
    }
}

/// A `Decoder` that answers every question with a made-up value and records the keys and
/// nesting it was asked about.
private final class ShapeRecorder: Decoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var shape = JSONShape.leaf
    var members: [String: JSONShape] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        shape = .object([])
        return KeyedDecodingContainer(ShapeKeyed<Key>(recorder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        shape = .array(.leaf)
        return ShapeUnkeyed(recorder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { ShapeSingle(recorder: self) }

    func record(_ key: String, _ member: JSONShape) {
        members[key] = member
        shape = .object(members.keys.sorted().map { JSONShape.Member(key: $0, shape: members[$0]!) })
    }

    func adopt(_ other: ShapeRecorder) {
        shape = other.shape
        members = other.members
    }

    /// A value of `type` made up by a fresh recorder, and that recorder's shape.
    static func child<T: Decodable>(_ type: T.Type) throws -> (T, JSONShape) {
        let recorder = ShapeRecorder()
        let value = try T(from: recorder)
        return (value, recorder.shape)
    }
}

private struct ShapeKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: ShapeRecorder
    var codingPath: [any CodingKey] { [] }
    /// None: a dictionary decodes empty.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { recorder.record(key.stringValue, .leaf); return false }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { recorder.record(key.stringValue, .leaf); return "0" }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { recorder.record(key.stringValue, .leaf); return 0 }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (value, shape) = try ShapeRecorder.child(type)
        recorder.record(key.stringValue, shape)
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no nested containers"))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no nested containers"))
    }
    func superDecoder() throws -> any Decoder { recorder }
    func superDecoder(forKey key: Key) throws -> any Decoder { recorder }
}

/// One element, then the end.
private struct ShapeUnkeyed: UnkeyedDecodingContainer {
    let recorder: ShapeRecorder
    var codingPath: [any CodingKey] { [] }
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= 1 }

    init(recorder: ShapeRecorder) { self.recorder = recorder }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, shape) = try ShapeRecorder.child(type)
        recorder.shape = .array(shape)
        currentIndex += 1
        return value
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no nested containers"))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no nested containers"))
    }
    mutating func superDecoder() throws -> any Decoder { recorder }
}

/// A made-up scalar: `false`, `"0"`, `0` (a decimal string, an integer and a parameter value
/// all decode from these).
private struct ShapeSingle: SingleValueDecodingContainer {
    let recorder: ShapeRecorder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { false }
    func decode(_ type: String.Type) throws -> String { "0" }
    func decode(_ type: Double.Type) throws -> Double { 0 }
    func decode(_ type: Float.Type) throws -> Float { 0 }
    func decode(_ type: Int.Type) throws -> Int { 0 }
    func decode(_ type: Int8.Type) throws -> Int8 { 0 }
    func decode(_ type: Int16.Type) throws -> Int16 { 0 }
    func decode(_ type: Int32.Type) throws -> Int32 { 0 }
    func decode(_ type: Int64.Type) throws -> Int64 { 0 }
    func decode(_ type: UInt.Type) throws -> UInt { 0 }
    func decode(_ type: UInt8.Type) throws -> UInt8 { 0 }
    func decode(_ type: UInt16.Type) throws -> UInt16 { 0 }
    func decode(_ type: UInt32.Type) throws -> UInt32 { 0 }
    func decode(_ type: UInt64.Type) throws -> UInt64 { 0 }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let child = ShapeRecorder()
        let value = try T(from: child)
        recorder.adopt(child)
        return value
    }
}
