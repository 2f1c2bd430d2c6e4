import TokenPricing

/// Writes `Encodable` values as JSON bytes through the package's one JSON writer
/// (`TokenPricing.JSONWriter`), as it goes (no tree first).
///
/// The rules the site's JSON follows, enforced here rather than by each caller:
/// - **Sorted keys.** An object's keys must arrive in ascending order; a key out of order
///   throws. Synthesised `Encodable` writes the properties in declaration order, so the types
///   declare them sorted; a `[String: V]` goes through `SortedKeys`.
/// - **Every key present.** A `nil` optional is written as `null`, not left out.
/// - **Exact numbers.** `ExactDecimal` is a decimal string (its `Codable`: money is always a
///   string); a `JSONParameter` (a `ParameterValue`) keeps its JSON type with every digit of
///   its numbers; a `JSONNumber` is a number literal. `Double` and `Float` are refused.
///
/// Nested containers and super-encoders are not supported (synthesised code never asks for
/// them): encode a nested `Encodable` value instead.
struct ExactJSONEncoder {
    /// No whitespace at all, or `JSONWriter`'s two-space indentation.
    var compact = true

    /// `value` as a whole document, ending with a newline.
    func encode<T: Encodable>(_ value: T, capacity: Int = 1024) throws -> [UInt8] {
        let sink = JSONEncodingSink(JSONWriter(capacity: capacity, compact: compact))
        defer { sink.release() }
        try sink.encodeValue(value)
        return sink.writer.pointee.finishDocument()
    }
}

/// The `Encoder` behind `ExactJSONEncoder`: one per document; each value's container is closed
/// when the value's `encode(to:)` returns.
///
/// The writer and the state sit behind pointers: a class's stored properties are checked for
/// exclusive access on every use, which cost more than the writing itself.
final class JSONEncodingSink: Encoder {
    let writer: UnsafeMutablePointer<JSONWriter>
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// What the value being encoded has opened.
    enum Opened { case nothing, keyed, unkeyed, single }
    private let opened: UnsafeMutablePointer<Opened>

    init(_ writer: JSONWriter) {
        self.writer = .allocate(capacity: 1)
        self.writer.initialize(to: writer)
        opened = .allocate(capacity: 1)
        opened.initialize(to: .nothing)
    }

    /// Frees the writer (its bytes must have been taken).
    func release() {
        writer.deinitialize(count: 1)
        writer.deallocate()
        opened.deallocate()
    }

    /// Writes one value (the document, a member or an element).
    func encodeValue<T: Encodable>(_ value: T) throws {
        let outer = opened.pointee
        opened.pointee = .nothing
        defer { opened.pointee = outer }
        try value.encode(to: self)
        switch opened.pointee {
        case .keyed: writer.pointee.endObject()
        case .unkeyed: writer.pointee.endArray()
        case .nothing: writer.pointee.beginObject(); writer.pointee.endObject()  // as Foundation writes a value that wrote nothing
        case .single: break
        }
    }

    /// Writes the current value directly (`JSONParameter`, `JSONNumber`).
    func writeScalar(_ write: (inout JSONWriter) -> Void) {
        precondition(opened.pointee == .nothing, "ExactJSONEncoder: a value asked for a second container")
        opened.pointee = .single
        write(&writer.pointee)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        precondition(opened.pointee == .nothing, "ExactJSONEncoder: a value asked for a second container")
        opened.pointee = .keyed
        writer.pointee.beginObject()
        return KeyedEncodingContainer(KeyedSink<Key>(sink: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        precondition(opened.pointee == .nothing, "ExactJSONEncoder: a value asked for a second container")
        opened.pointee = .unkeyed
        writer.pointee.beginArray()
        return UnkeyedSink(sink: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        precondition(opened.pointee == .nothing, "ExactJSONEncoder: a value asked for a second container")
        opened.pointee = .single
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
        sink.writer.pointee.key(name)
    }

    private mutating func integer<I: FixedWidthInteger>(_ value: I, _ key: Key) throws { try self.key(key); sink.writer.pointee.number(String(value)) }

    mutating func encodeNil(forKey key: Key) throws { try self.key(key); sink.writer.pointee.null() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try self.key(key); sink.writer.pointee.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try self.key(key); sink.writer.pointee.string(value) }
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

    private mutating func next() { sink.writer.pointee.element(); count += 1 }
    private mutating func integer<I: FixedWidthInteger>(_ value: I) { next(); sink.writer.pointee.number(String(value)) }

    mutating func encodeNil() throws { next(); sink.writer.pointee.null() }
    mutating func encode(_ value: Bool) throws { next(); sink.writer.pointee.bool(value) }
    mutating func encode(_ value: String) throws { next(); sink.writer.pointee.string(value) }
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

    private func integer<I: FixedWidthInteger>(_ value: I) { sink.writer.pointee.number(String(value)) }

    mutating func encodeNil() throws { sink.writer.pointee.null() }
    mutating func encode(_ value: Bool) throws { sink.writer.pointee.bool(value) }
    mutating func encode(_ value: String) throws { sink.writer.pointee.string(value) }
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
