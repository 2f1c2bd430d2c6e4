/// The enum values of a compiled schema, as `PropertyConstraints` indexes them, with plain
/// data beside each value so that the common check compares words instead of
/// `ParameterValue`s (which would mean a copy, a switch over two enums and a call into the
/// runtime per string comparison).
///
/// The arrays are parallel; a quick check scans one of them over a property's range.
struct EnumPool: Sendable {
    /// What a value is, for the quick check.
    enum Kind: UInt8, Sendable { case string, number, yes, no, other }

    /// The values, in the order `PropertyConstraints.enumStart` counts.
    let values: [ParameterValue]
    let kinds: [Kind]
    /// A string value's bits; `.none` for every other value, so it never matches text.
    let text: [StringBits]
    /// A number value; zero for every other value (`kinds` tells them apart).
    let numbers: [ExactDecimal]

    /// A pool over `values`.
    init(_ values: [ParameterValue]) {
        self.values = values
        kinds = values.map { value in
            switch value {
            case .string: .string
            case .number: .number
            case .bool(let b): b ? .yes : .no
            default: .other
            }
        }
        text = values.map { if case .string(let s) = $0 { StringBits(s) } else { .none } }
        numbers = values.map { if case .number(let n) = $0 { n } else { .zero } }
    }
}
