/// A set of select choices under `TemplatePlan.sameChoice`: equal values, or a number and
/// text that reads as the same number ("5" and 5). Membership is a hash lookup, so listing a
/// select's distinct options is linear in their number.
///
/// `sameChoice` is not transitive ("5" and "5.0" are different texts, yet both are the
/// number 5), so the set keeps three parts: the values as given, the numbers given as
/// numbers, and the numbers given as text. A value is a member when it equals a value, or
/// when it is text reading as a number given as a number, or a number given as text.
struct ChoiceSet {
    private var values = Set<ParameterValue>()
    private var numbers = Set<ExactDecimal>()
    private var numbersAsText = Set<ExactDecimal>()

    mutating func insert(_ value: ParameterValue) {
        values.insert(value)
        switch value {
        case .number(let n): numbers.insert(n)
        case .string(let s): if let n = ExactDecimal(s) { numbersAsText.insert(n) }
        default: break
        }
    }

    func contains(_ value: ParameterValue) -> Bool {
        if values.contains(value) { return true }
        switch value {
        case .number(let n): return numbersAsText.contains(n)
        case .string(let s): return ExactDecimal(s).map { numbers.contains($0) } ?? false
        default: return false
        }
    }
}
