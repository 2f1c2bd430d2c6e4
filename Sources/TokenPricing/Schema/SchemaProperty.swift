/// The JSON type a schema property accepts.
public enum PropertyType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text.
    case string
    /// A whole number.
    case integer
    /// Any number.
    case number
    /// `true` or `false`.
    case boolean
    /// A list (see `SchemaProperty.items`).
    case array
    /// A JSON object.
    case object

    /// Whether `value` has this type. An integer is also a number.
    public func accepts(_ value: ParameterValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.boolean, .bool), (.array, .array), (.object, .object), (.number, .number):
            return true
        case (.integer, .number(let n)):
            return n.isInteger
        default:
            return false
        }
    }
}

/// The schema of an array's items.
public struct ItemsSchema: Sendable, Hashable {
    /// The items' type.
    public var type: PropertyType
    /// A format hint such as `uri`.
    public var format: String?
    /// For items that are objects (dialogue lines), their fields: shown on the site and read
    /// by the rule checks (a rule counting `text` needs a text field `text`). Pricing checks
    /// an item's type, not these fields.
    public var properties: [SchemaProperty]
    /// The fields each object item must have.
    public var required: [String]

    /// Creates an items schema.
    public init(type: PropertyType, format: String? = nil, properties: [SchemaProperty] = [], required: [String] = []) {
        self.type = type
        self.format = format
        self.properties = properties
        self.required = required
    }
}

/// One input parameter of a model: its type, default and constraints, and how the platform
/// shows it.
public struct SchemaProperty: Sendable, Hashable {
    /// The parameter's name as the provider's API spells it.
    public var name: String
    /// The accepted JSON type.
    public var type: PropertyType
    /// The value used when the caller gives none.
    public var defaultValue: ParameterValue?
    /// The allowed values, when the parameter is a choice.
    public var allowedValues: [ParameterValue]?
    /// Inclusive lower bound for numbers.
    public var minimum: ExactDecimal?
    /// Inclusive upper bound for numbers.
    public var maximum: ExactDecimal?
    /// Longest accepted string, in characters.
    public var maxLength: Int?
    /// Display title.
    public var title: String?
    /// Help text.
    public var description: String?
    /// The platform's input widget (`prompt`, `image`, …).
    public var renderer: String?
    /// A format hint such as `uri`.
    public var format: String?
    /// The item schema for arrays.
    public var items: ItemsSchema?
    /// `false` when the platform hides the field from users.
    public var showToUser: Bool?
    /// Shortest text the platform's form accepts (a form hint: pricing does not check it).
    public var minLength: Int?
    /// Fewest items the platform's form accepts (a form hint: pricing does not check it).
    public var minItems: Int?
    /// Most items the platform's form accepts (a form hint: pricing does not check it).
    public var maxItems: Int?
    /// The step of the form's number input (a form hint).
    public var step: ExactDecimal?
    /// The labels the form shows for enum values, by value as written (`"0.5"` → "Balanced (0.5)").
    public var enumLabels: [String: String]?
    /// Whether the form shows it under "advanced".
    public var isAdvanced: Bool?

    /// Creates a property. Arguments mirror the JSON-Schema keywords.
    public init(
        _ name: String,
        type: PropertyType,
        default defaultValue: ParameterValue? = nil,
        enum allowedValues: [ParameterValue]? = nil,
        minimum: ExactDecimal? = nil,
        maximum: ExactDecimal? = nil,
        maxLength: Int? = nil,
        title: String? = nil,
        description: String? = nil,
        renderer: String? = nil,
        format: String? = nil,
        items: ItemsSchema? = nil,
        showToUser: Bool? = nil,
        minLength: Int? = nil,
        minItems: Int? = nil,
        maxItems: Int? = nil,
        step: ExactDecimal? = nil,
        enumLabels: [String: String]? = nil,
        isAdvanced: Bool? = nil
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.allowedValues = allowedValues
        self.minimum = minimum
        self.maximum = maximum
        self.maxLength = maxLength
        self.title = title
        self.description = description
        self.renderer = renderer
        self.format = format
        self.items = items
        self.showToUser = showToUser
        self.minLength = minLength
        self.minItems = minItems
        self.maxItems = maxItems
        self.step = step
        self.enumLabels = enumLabels
        self.isAdvanced = isAdvanced
    }

    /// Every problem `value` has against this property (empty when valid).
    /// - Parameters:
    ///   - value: the value a call or a template gives for this property.
    ///   - keyPath: where the value sits, for messages (e.g. `parameters.duration`).
    public func problems(with value: ParameterValue, at keyPath: String) -> [SchemaIssue] {
        guard type.accepts(value) else {
            return [SchemaIssue(keyPath: keyPath, kind: .wrongType, expected: type.rawValue, found: value.displayText)]
        }
        var issues: [SchemaIssue] = []
        if let allowed = allowedValues, !allowed.contains(value) {
            issues.append(SchemaIssue(
                keyPath: keyPath, kind: .notInEnum,
                expected: "one of " + allowed.map(\.displayText).joined(separator: ", "),
                found: value.displayText))
        }
        if case .number(let n) = value {
            if let minimum, n < minimum {
                issues.append(SchemaIssue(keyPath: keyPath, kind: .belowMinimum, expected: "at least \(minimum)", found: n.description))
            }
            if let maximum, n > maximum {
                issues.append(SchemaIssue(keyPath: keyPath, kind: .aboveMaximum, expected: "at most \(maximum)", found: n.description))
            }
        }
        if case .string(let s) = value, let maxLength, s.platformCharacterCount > maxLength {
            issues.append(SchemaIssue(keyPath: keyPath, kind: .tooLong, expected: "at most \(maxLength) characters", found: "\(s.platformCharacterCount) characters"))
        }
        if case .array(let elements) = value, let items {
            for (i, element) in elements.enumerated() where !items.type.accepts(element) {
                issues.append(SchemaIssue(keyPath: "\(keyPath)[\(i)]", kind: .wrongType, expected: items.type.rawValue, found: element.displayText))
            }
        }
        return issues
    }

    /// The numeric range as text (`0 – 100`, `≥ 1`), or `nil` when unbounded.
    public var rangeText: String? {
        switch (minimum, maximum) {
        case let (lo?, hi?): return "\(lo) – \(hi)"
        case let (lo?, nil): return "≥ \(lo)"
        case let (nil, hi?): return "≤ \(hi)"
        case (nil, nil): return nil
        }
    }
}
