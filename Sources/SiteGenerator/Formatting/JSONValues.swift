import TokenPricing

// The value types the API documents are made of, as `ExactJSONEncoder` writes them.

/// A parameter value (a schema default, a preset, a priced combination's parameter): written
/// by `ExactJSONEncoder` with its JSON type, every digit of its numbers and its object keys
/// sorted. (`ParameterValue`'s own `Encodable` goes through `Decimal`, which an encoder may
/// write as it likes.)
struct JSONParameter: Codable, Hashable, Sendable {
    let value: ParameterValue

    init(_ value: ParameterValue) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        if let sink = encoder as? JSONEncodingSink {
            sink.writeScalar { $0.value(value) }
        } else {
            try value.encode(to: encoder)
        }
    }

    init(from decoder: any Decoder) throws { value = try ParameterValue(from: decoder) }
}

/// A map of parameter values (presets, a combination's parameters), written like
/// `JSONParameter` with its keys sorted.
struct JSONParameters: Codable, Sendable {
    let values: [String: ParameterValue]

    init(_ values: [String: ParameterValue]) { self.values = values }

    func encode(to encoder: any Encoder) throws {
        if let sink = encoder as? JSONEncodingSink {
            sink.writeScalar { $0.object(values) }
        } else {
            try SortedKeys(values.mapValues(JSONParameter.init)).encode(to: encoder)
        }
    }

    init(from decoder: any Decoder) throws { values = try [String: ParameterValue](from: decoder) }
}

/// A JSON number written exactly as given (e.g. a schema bound), for numbers that are not
/// money (money is an `ExactDecimal`, written as a string).
struct JSONNumber: Codable, Hashable, Sendable {
    /// The literal, e.g. `2.5`.
    let literal: String

    init(_ value: ExactDecimal) { literal = value.description }
    init(_ value: Int) { literal = String(value) }

    /// A number for `ExactJSONEncoder`; the literal as a string for other encoders.
    func encode(to encoder: any Encoder) throws {
        if let sink = encoder as? JSONEncodingSink {
            sink.writeScalar { $0.number(literal) }
        } else {
            var c = encoder.singleValueContainer()
            try c.encode(literal)
        }
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
