/// A schema property's checks as plain data, for the fast paths (`CompiledPricing`,
/// `FastInputs`) that must tell a valid value from an invalid one without building the
/// issues and messages of `SchemaProperty.problems(with:at:)`.
///
/// The enum values sit in a pool shared by every property of one compiled model or
/// template, so a check reads flat arrays and copies nothing reference-counted.
struct PropertyConstraints: Sendable {
    /// The accepted JSON type.
    var type: PropertyType
    /// Where its enum values start in the pool, and how many (-1: no enum).
    var enumStart: Int
    var enumCount: Int
    /// Inclusive bounds for numbers.
    var minimum: ExactDecimal?
    var maximum: ExactDecimal?
    /// The longest accepted text in characters (-1: no limit).
    var maxLength: Int
    /// The type an array's items must have.
    var itemsType: PropertyType?

    /// The checks of `property`; its enum values are appended to the pool `enumValues`.
    init(_ property: SchemaProperty, enumValues: inout [ParameterValue]) {
        type = property.type
        if let allowed = property.allowedValues {
            enumStart = enumValues.count
            enumCount = allowed.count
            enumValues += allowed
        } else {
            enumStart = 0
            enumCount = -1
        }
        minimum = property.minimum
        maximum = property.maximum
        maxLength = property.maxLength ?? -1
        itemsType = property.items?.type
    }

    /// The index of `value` among the property's enum values (-1 when it has no enum), or
    /// `nil` when `SchemaProperty.problems(with:at:)` would report anything.
    ///
    /// The caller keeps the index: a pricing multiplier reads its factor by it, so no table
    /// is hashed.
    @inline(__always)
    func validate(_ value: ParameterValue, enumValues: [ParameterValue]) -> Int? {
        guard type.accepts(value) else { return nil }
        var enumIndex = -1
        if enumCount >= 0 {
            var k = 0
            while k < enumCount, enumValues[enumStart + k] != value { k += 1 }
            if k == enumCount { return nil }
            enumIndex = k
        }
        switch value {
        case .number(let n):
            if let lo = minimum, n < lo { return nil }
            if let hi = maximum, n > hi { return nil }
        case .string(let text):
            // No more UTF-8 bytes than the limit means no more UTF-16 units: most texts are
            // not counted.
            if maxLength >= 0, text.utf8.count > maxLength, text.platformCharacterCount > maxLength { return nil }
        case .array(let items):
            if let t = itemsType {
                for item in items where !t.accepts(item) { return nil }
            }
        default:
            break
        }
        return enumIndex
    }
}
