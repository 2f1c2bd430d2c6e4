/// A call's parameter value as the quick check of `CompiledPricing` reads it: plain data,
/// taken from the value in one step, so reading the call's dictionary retains nothing (a
/// check that kept the value itself across its branches would copy it, retaining its text)
/// and the loop over a call's parameters makes no call into the runtime.
///
/// What it leaves out (the text itself, an array's items) is read from the call again on
/// the rare paths that need it.
struct ValueSummary {
    enum Kind: UInt8 { case string, number, bool, array, other }
    var kind: Kind
    /// A string's bits and its length in UTF-8 bytes.
    var text = StringBits.none
    var utf8Count = 0
    /// A number.
    var number = ExactDecimal.zero
    /// A boolean.
    var flag = false
    /// An array's item types, as `ItemTypes` bits.
    var itemTypes: UInt8 = 0

    @inline(__always)
    init(_ value: borrowing ParameterValue) {
        switch value {
        case .string(let s):
            kind = .string
            text = StringBits(s)
            utf8Count = s.utf8.count
        case .number(let n):
            kind = .number
            number = n
        case .bool(let b):
            kind = .bool
            flag = b
        case .array(let items):
            kind = .array
            var j = 0
            while j < items.count {
                itemTypes |= ItemTypes.bit(of: items[j])
                j += 1
            }
        default:
            kind = .other
        }
    }
}
