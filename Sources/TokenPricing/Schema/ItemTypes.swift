/// The JSON types of an array's items as a bit mask, for the quick check of a typed array
/// (`items: {type: …}`): one bit per type, integers apart from other numbers, so a
/// property's accepted types are a mask and an item passes when its bit is in it.
enum ItemTypes {
    /// The mask of a property without an item type: every item passes.
    static let any: UInt8 = 0xFF

    /// The bit of `value`'s JSON type.
    @inline(__always)
    static func bit(of value: borrowing ParameterValue) -> UInt8 {
        switch value {
        case .string: 1
        case .number(let n): n.isInteger ? 2 : 4
        case .bool: 8
        case .array: 16
        case .object: 32
        case .null: 64
        }
    }

    /// The bits `type` accepts, as `PropertyType.accepts` decides (an integer is a number).
    static func accepted(by type: PropertyType) -> UInt8 {
        switch type {
        case .string: 1
        case .integer: 2
        case .number: 2 | 4
        case .boolean: 8
        case .array: 16
        case .object: 32
        }
    }
}
