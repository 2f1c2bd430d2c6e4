/// Decodes `Decodable` types from a `ParameterValue` tree read by `ExactJSONReader`, so that
/// catalogues and inline templates reach their types with every number exact.
///
/// `JSONDecoder` cannot do this: it turns a number into `Decimal` (38 digits, the rest cut
/// silently) before a type sees it. Here `ParameterValue` and `ExactDecimal` receive the
/// exact value, and an `Int` only an integral number that fits. Errors are ordinary
/// `DecodingError`s with their coding path, like `JSONDecoder`'s.
public enum ParameterValueDecoder {
    /// Decodes a `T` from `value`.
    public static func decode<T: Decodable>(_ type: T.Type, from value: ParameterValue) throws -> T {
        try T(from: TreeDecoder(value: value, codingPath: []))
    }

    /// Reads JSON text exactly and decodes a `T` from it.
    /// - Throws: `ExactJSONError` for text that is not JSON or holds a number that cannot be
    ///   held exactly; `DecodingError` when the JSON does not have `T`'s shape.
    public static func decode<T: Decodable>(_ type: T.Type, fromJSON bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = ExactJSONReader.defaultMaxDepth) throws -> T {
        try decode(type, from: try ExactJSONReader.parse(bytes, maxDepth: maxDepth))
    }
}

/// The decoder the tree's types see; `ParameterValue` and `ExactDecimal` take the value
/// straight from it.
struct TreeDecoder: Decoder {
    let value: ParameterValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: ParameterValue].self, value, codingPath) }
        return KeyedDecodingContainer(Keyed<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([ParameterValue].self, value, codingPath) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(value: value, codingPath: codingPath) }
}

/// A `typeMismatch` in `JSONDecoder`'s words.
private func mismatch(_ type: Any.Type, _ value: ParameterValue, _ path: [any CodingKey]) -> DecodingError {
    .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(value.typeName) instead."))
}

/// A number as a `FixedWidthInteger`, when it is integral and fits.
private func integer<T: FixedWidthInteger>(_ type: T.Type, _ value: ParameterValue, _ path: [any CodingKey]) throws -> T {
    guard case .number(let n) = value else { throw mismatch(type, value, path) }
    guard n.isInteger, n.significand >= Int128(T.min), n.significand <= Int128(T.max) else {
        throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Number \(n) does not fit in \(type)."))
    }
    return T(n.significand)
}

/// Decodes the primitive types from one value; shared by the three containers.
private func primitive<T: Decodable>(_ type: T.Type, _ value: ParameterValue, _ path: [any CodingKey]) throws -> T {
    switch type {
    case is String.Type:
        guard case .string(let s) = value else { throw mismatch(type, value, path) }
        return s as! T
    case is Bool.Type:
        guard case .bool(let b) = value else { throw mismatch(type, value, path) }
        return b as! T
    case is Int.Type: return try integer(Int.self, value, path) as! T
    case is ParameterValue.Type: return value as! T
    case is ExactDecimal.Type:
        switch value {
        case .number(let n): return n as! T
        case .string(let s):
            guard let n = ExactDecimal(s) else {
                throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "expected a decimal number, found \"\(s)\""))
            }
            return n as! T
        default: throw mismatch(type, value, path)
        }
    default:
        return try T(from: TreeDecoder(value: value, codingPath: path))
    }
}

private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: ParameterValue]
    let codingPath: [any CodingKey]
    var allKeys: [Key] { members.keys.sorted().compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func member(_ key: Key) throws -> ParameterValue {
        guard let v = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let v = try member(key)
        if v == .null, T.self != ParameterValue.self {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "Expected \(type) value but found null instead."))
        }
        return try primitive(type, v, codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let v = members[key.stringValue], v != .null else { return nil }
        return try primitive(type, v, codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value: try member(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(value: try member(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { TreeDecoder(value: .object(members), codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { TreeDecoder(value: try member(key), codingPath: codingPath + [key]) }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue!)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct Unkeyed: UnkeyedDecodingContainer {
    let items: [ParameterValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [ParameterValue], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    private mutating func next<T>(_ type: T.Type) throws -> (ParameterValue, [any CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (v, path) = try next(type)
        if v == .null, T.self != ParameterValue.self {
            throw DecodingError.valueNotFound(type, .init(codingPath: path, debugDescription: "Expected \(type) value but found null instead."))
        }
        return try primitive(type, v, path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (v, path) = try next([String: ParameterValue].self)
        return try TreeDecoder(value: v, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (v, path) = try next([ParameterValue].self)
        return try TreeDecoder(value: v, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (v, path) = try next(ParameterValue.self)
        return TreeDecoder(value: v, codingPath: path)
    }
}

private struct Single: SingleValueDecodingContainer {
    let value: ParameterValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if value == .null, T.self != ParameterValue.self {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "Expected \(type) value but found null instead."))
        }
        return try primitive(type, value, codingPath)
    }
}

extension ParameterValueDecoder {
    /// An `ExactDecimal` from the tree decoder's value (a number, or decimal text).
    static func decode(_ type: ExactDecimal.Type, fromPrimitive tree: TreeDecoder) throws -> ExactDecimal {
        try primitive(type, tree.value, tree.codingPath)
    }
}
