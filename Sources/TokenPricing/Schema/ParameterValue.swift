import Foundation

/// A parameter value as a model call or a template carries it: JSON's value space, with every
/// number held exactly.
public enum ParameterValue: Sendable, Hashable {
    /// A string.
    case string(String)
    /// A number, integral or not, exact.
    case number(ExactDecimal)
    /// `true` or `false`.
    case bool(Bool)
    /// An array.
    case array([ParameterValue])
    /// An object.
    case object([String: ParameterValue])
    /// JSON `null`.
    case null

    /// The JSON type name, for messages: "string", "integer", "number", "boolean", "array",
    /// "object" or "null".
    public var typeName: String {
        switch self {
        case .string: return "string"
        case .number(let n): return n.isInteger ? "integer" : "number"
        case .bool: return "boolean"
        case .array: return "array"
        case .object: return "object"
        case .null: return "null"
        }
    }

    /// The number this value denotes: a number, or a string that reads as one (the platform
    /// sends some numeric settings as strings, e.g. `"5"` seconds).
    public var numericValue: ExactDecimal? {
        switch self {
        case .number(let n): return n
        case .string(let s): return ExactDecimal(s)
        default: return nil
        }
    }

    /// The value as the key of a pricing table: strings as they are, numbers in canonical
    /// form (`5`, `0.5`), booleans as `true`/`false`.
    public var tableKey: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n.description
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// Compact JSON-like text for messages and the site: `"1:1"`, `5`, `true`, `[…]`.
    public var displayText: String {
        switch self {
        case .string(let s): return "\"\(s)\""
        case .number(let n): return n.description
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(\.displayText).joined(separator: ", ") + "]"
        case .object(let dict):
            return "{" + dict.keys.sorted().map { "\"\($0)\": \(dict[$0]!.displayText)" }.joined(separator: ", ") + "}"
        }
    }

    /// The value without quotes around strings, for table cells and labels.
    public var plainText: String {
        if case .string(let s) = self { return s }
        return displayText
    }
}

extension ParameterValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// A string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integral number value.
    public init(integerLiteral value: Int) { self = .number(ExactDecimal(value)) }
    /// A boolean value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An array value.
    public init(arrayLiteral elements: ParameterValue...) { self = .array(elements) }
    /// An object value.
    public init(dictionaryLiteral elements: (String, ParameterValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    /// `null`.
    public init(nilLiteral: ()) { self = .null }
}

extension ParameterValue: Codable {
    /// Decodes any JSON value. Through `ParameterValueDecoder` (how the catalogue and the
    /// price stream read JSON) numbers arrive exact from their text. Through `JSONDecoder`
    /// they come through `Decimal`, which keeps 38 significant digits and cuts the rest
    /// without a word: read untrusted JSON with `ParameterValueDecoder`.
    public init(from decoder: any Decoder) throws {
        if let tree = decoder as? TreeDecoder { self = tree.value; return }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let b = try? container.decode(Bool.self) { self = .bool(b); return }
        if let s = try? container.decode(String.self) { self = .string(s); return }
        if let i = try? container.decode(Int.self) { self = .number(ExactDecimal(i)); return }
        if let d = try? container.decode(Decimal.self) {
            guard let n = ExactDecimal(d) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "the number cannot be held exactly (38 or more significant digits); read it with ParameterValueDecoder")
            }
            self = .number(n)
            return
        }
        if let a = try? container.decode([ParameterValue].self) { self = .array(a); return }
        if let o = try? container.decode([String: ParameterValue].self) { self = .object(o); return }
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a JSON value")
    }

    /// Encodes as the natural JSON value; numbers as JSON numbers with their exact digits.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .number(let n):
            if let i = n.intValue { try container.encode(i) } else { try container.encode(n.decimalValue) }
        case .bool(let b): try container.encode(b)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        case .null: try container.encodeNil()
        }
    }
}
