import TokenPricing

/// Writes `Encodable` values as JSON bytes through `JSONWriter`, as it goes (no tree first).
///
/// The rules the site's JSON follows, enforced here rather than by each caller:
/// - **Sorted keys.** An object's keys must arrive in ascending order; a key out of order
///   throws. Synthesised `Encodable` writes the properties in declaration order, so the types
///   declare them sorted; a `[String: V]` goes through `SortedKeys`.
/// - **Every key present.** A `nil` optional is written as `null`, not left out.
/// - **Exact numbers.** `ExactDecimal` is a decimal string (its `Codable`: money is always a
///   string); a `ParameterValue` keeps its JSON type with every digit of its numbers; a
///   `JSONNumber` is a number literal. `Double` and `Float` are refused.
///
/// Nested containers and super-encoders are not supported (synthesised code never asks for
/// them): encode a nested `Encodable` value instead.
struct ExactJSONEncoder {
    /// No whitespace at all, or `JSONWriter`'s two-space indentation.
    var compact = true

    /// `value` as a whole document, ending with a newline.
    func encode<T: Encodable>(_ value: T, capacity: Int = 1024) throws -> [UInt8] {
        let sink = JSONEncodingSink(JSONWriter(indent: 0, capacity: capacity, compact: compact))
        try sink.encodeValue(value)
        return sink.writer.finishDocument()
    }
}

/// A value the encoder writes itself instead of asking it to encode itself.
protocol ExactJSONWritable {
    func writeJSON(into writer: inout JSONWriter)
}

extension ParameterValue: ExactJSONWritable {
    func writeJSON(into writer: inout JSONWriter) { writer.parameter(self) }
}

/// A JSON number written exactly as given (e.g. a schema bound), for numbers that are not
/// money (money is an `ExactDecimal`, written as a string).
struct JSONNumber: Codable, Hashable, Sendable, ExactJSONWritable {
    /// The literal, e.g. `2.5`.
    let literal: String

    init(_ value: ExactDecimal) { literal = value.description }
    init(_ value: Int) { literal = String(value) }

    func writeJSON(into writer: inout JSONWriter) { writer.number(literal) }

    /// For other encoders: the literal as a string.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(literal)
    }

    init(from decoder: any Decoder) throws {
        literal = try decoder.singleValueContainer().decode(String.self)
    }
}

/// A dictionary written with its keys sorted.
struct SortedKeys<Value: Codable>: Codable {
    let dictionary: [String: Value]

    init(_ dictionary: [String: Value]) { self.dictionary = dictionary }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        for key in dictionary.keys.sorted() { try c.encode(dictionary[key]!, forKey: AnyKey(key)) }
    }

    init(from decoder: any Decoder) throws { dictionary = try [String: Value](from: decoder) }
}

/// An array whose elements are made while it is written, so a 10,000-element array never
/// holds more than one of them.
struct LazyJSONArray<Element: Codable>: Codable {
    let count: Int
    let element: (Int) -> Element

    init(count: Int, _ element: @escaping (Int) -> Element) {
        self.count = count
        self.element = element
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for i in 0..<count { try c.encode(element(i)) }
    }

    /// Reads a whole array (used to list the shape of the JSON, `JSONShape`).
    init(from decoder: any Decoder) throws {
        let items = try [Element](from: decoder)
        self.init(count: items.count) { items[$0] }
    }
}

/// A coding key made from any string.
struct AnyKey: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

/// The `Encoder` behind `ExactJSONEncoder`: one per document; each value's container is closed
/// when the value's `encode(to:)` returns.
final class JSONEncodingSink: Encoder {
    var writer: JSONWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// What the value being encoded has opened.
    private enum Opened { case nothing, keyed, unkeyed, single }
    private var opened = Opened.nothing

    init(_ writer: JSONWriter) { self.writer = writer }

    /// Writes one value (the document, a member or an element).
    func encodeValue<T: Encodable>(_ value: T) throws {
        if let special = value as? any ExactJSONWritable {
            special.writeJSON(into: &writer)
            return
        }
        let outer = opened
        opened = .nothing
        defer { opened = outer }
        try value.encode(to: self)
        switch opened {
        case .keyed: writer.endObject()
        case .unkeyed: writer.endArray()
        case .nothing: writer.beginObject(); writer.endObject()  // as Foundation writes a value that wrote nothing
        case .single: break
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        precondition(opened == .nothing, "ExactJSONEncoder: a value asked for a second container")
        opened = .keyed
        writer.beginObject()
        return KeyedEncodingContainer(KeyedSink<Key>(sink: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        precondition(opened == .nothing, "ExactJSONEncoder: a value asked for a second container")
        opened = .unkeyed
        writer.beginArray()
        return UnkeyedSink(sink: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        precondition(opened == .nothing, "ExactJSONEncoder: a value asked for a second container")
        opened = .single
        return SingleSink(sink: self)
    }

    static func refuseFloatingPoint(_ value: Any, _ path: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "binary floating point is never written: use ExactDecimal"))
    }
}

/// An object's members, checked to arrive in ascending key order.
private struct KeyedSink<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: JSONEncodingSink
    var last: String?
    var codingPath: [any CodingKey] { [] }

    init(sink: JSONEncodingSink) { self.sink = sink }

    private mutating func key(_ key: Key) throws {
        let name = key.stringValue
        if let last, !(last < name) {
            throw EncodingError.invalidValue(name, .init(
                codingPath: [key],
                debugDescription: "key '\(name)' comes after '\(last)': JSON keys are written sorted, so declare the properties in ascending order"))
        }
        last = name
        sink.writer.key(name)
    }

    private mutating func integer<I: FixedWidthInteger>(_ value: I, _ key: Key) throws { try self.key(key); sink.writer.number(String(value)) }

    mutating func encodeNil(forKey key: Key) throws { try self.key(key); sink.writer.null() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try self.key(key); sink.writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try self.key(key); sink.writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw JSONEncodingSink.refuseFloatingPoint(value, [key]) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw JSONEncodingSink.refuseFloatingPoint(value, [key]) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try self.key(key); try sink.encodeValue(value) }

    // A nil optional is `null`, never a missing key.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("ExactJSONEncoder has no nested containers: encode a nested Encodable value")
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("ExactJSONEncoder has no nested containers: encode a nested Encodable value")
    }
    mutating func superEncoder() -> any Encoder { preconditionFailure("ExactJSONEncoder has no super-encoders") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure("ExactJSONEncoder has no super-encoders") }
}

/// An array's elements.
private struct UnkeyedSink: UnkeyedEncodingContainer {
    let sink: JSONEncodingSink
    var count = 0
    var codingPath: [any CodingKey] { [] }

    init(sink: JSONEncodingSink) { self.sink = sink }

    private mutating func next() { sink.writer.element(); count += 1 }
    private mutating func integer<I: FixedWidthInteger>(_ value: I) { next(); sink.writer.number(String(value)) }

    mutating func encodeNil() throws { next(); sink.writer.null() }
    mutating func encode(_ value: Bool) throws { next(); sink.writer.bool(value) }
    mutating func encode(_ value: String) throws { next(); sink.writer.string(value) }
    mutating func encode(_ value: Double) throws { throw JSONEncodingSink.refuseFloatingPoint(value, []) }
    mutating func encode(_ value: Float) throws { throw JSONEncodingSink.refuseFloatingPoint(value, []) }
    mutating func encode(_ value: Int) throws { integer(value) }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { next(); try sink.encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("ExactJSONEncoder has no nested containers: encode a nested Encodable value")
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("ExactJSONEncoder has no nested containers: encode a nested Encodable value")
    }
    mutating func superEncoder() -> any Encoder { preconditionFailure("ExactJSONEncoder has no super-encoders") }
}

/// A value written as one JSON scalar (or a value that encodes itself, e.g. `ExactDecimal`).
private struct SingleSink: SingleValueEncodingContainer {
    let sink: JSONEncodingSink
    var codingPath: [any CodingKey] { [] }

    private func integer<I: FixedWidthInteger>(_ value: I) { sink.writer.number(String(value)) }

    mutating func encodeNil() throws { sink.writer.null() }
    mutating func encode(_ value: Bool) throws { sink.writer.bool(value) }
    mutating func encode(_ value: String) throws { sink.writer.string(value) }
    mutating func encode(_ value: Double) throws { throw JSONEncodingSink.refuseFloatingPoint(value, []) }
    mutating func encode(_ value: Float) throws { throw JSONEncodingSink.refuseFloatingPoint(value, []) }
    mutating func encode(_ value: Int) throws { integer(value) }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try sink.encodeValue(value) }
}
