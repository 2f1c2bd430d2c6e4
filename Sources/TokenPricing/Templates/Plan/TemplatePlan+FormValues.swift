// How form values compare and convert: forms send text, models expect typed values.

extension TemplatePlan {
    /// Whether two select values are the same choice: equal, or the same number written
    /// as text and as a number ("5" and 5).
    static func sameChoice(_ a: ParameterValue, _ b: ParameterValue) -> Bool {
        if a == b { return true }
        switch (a, b) {
        case (.string(let s), .number(let n)), (.number(let n), .string(let s)):
            return ExactDecimal(s) == n
        default:
            return false
        }
    }

    /// A form value converted to the type of the parameter it fills: a select written as
    /// "10" fills an integer parameter with 10 and a string parameter with "10"; "true"
    /// fills a boolean; one file fills an array of files. Anything else is left as given
    /// (and the schema check reports it).
    static func coerce(_ value: ParameterValue, to property: SchemaProperty?) -> ParameterValue {
        guard let property else { return value }
        return coerce(value, to: property.type)
    }

    /// `coerce(_:to:)` by the parameter's type alone.
    @inline(__always)
    static func coerce(_ value: ParameterValue, to type: PropertyType) -> ParameterValue {
        switch (type, value) {
        case (.string, .number(let n)):
            return .string(n.description)
        case (.integer, .string(let s)), (.number, .string(let s)):
            if let n = ExactDecimal(s) { return .number(n) }
        case (.boolean, .string(let s)):
            if s == "true" { return .bool(true) }
            if s == "false" { return .bool(false) }
        case (.array, .string):
            return .array([value])
        default:
            break
        }
        return value
    }
}
