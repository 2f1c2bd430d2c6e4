/// The fast path of a `direct` rule (one table lookup, see `CompiledPricing.direct`): the
/// table index is summed as the values are checked, with no slot and no `price` step. The
/// checks themselves are the stepwise path's (`quickIndex`, `carefulIndex`).
extension CompiledPricing {
    /// `fastTotal` for a `direct` rule: the table index is summed as the parameters are
    /// checked, and the price is one lookup, with no slot and no `price` (79 → 68 ns a mixed
    /// call).
    @inline(never)
    func directTotal(_ parameters: [String: ParameterValue]) -> ExactDecimal? {
        var index = tableBase
        for (name, value) in parameters {
            // Only the summaries go to the step: passing the value itself made the compiler copy
            // it, retaining its payload (79 → 102 ns).
            guard directStep(&index, keyBits: StringBits(name), ValueSummary(value), in: parameters) else { return nil }
        }
        return lookUp(index)
    }

    /// One parameter of a `direct` dictionary call: its name found by bits, its value checked
    /// quickly (or carefully when the quick check cannot tell), the table index moved; `false`
    /// when it is invalid. One step function, inlined into the loop before the loop grows
    /// large: written inline in the loop, the compiler left the check out of line, and the
    /// call per parameter ate the gain.
    @inline(__always)
    private func directStep(_ index: inout Int, keyBits: StringBits, _ seen: ValueSummary, in parameters: [String: ParameterValue]) -> Bool {
        let i = property(bits: keyBits)
        var enumIndex = Self.unsure
        if i >= 0 {
            let check = checks[i]
            enumIndex = quickIndex(check, property: i, seen)
            if enumIndex >= -1 { return move(&index, by: check, enumIndex: enumIndex) }
            if enumIndex == Self.invalid { return false }
        }
        return moveCarefully(&index, keyBits: keyBits, in: parameters)
    }

    /// `move` for the parameter whose name has `keyBits`, checked by its name and value
    /// themselves; `false` when either is invalid.
    @inline(never)
    private func moveCarefully(_ index: inout Int, keyBits: StringBits, in parameters: [String: ParameterValue]) -> Bool {
        guard let (i, value) = property(keyBits: keyBits, in: parameters), let enumIndex = carefulIndex(property: i, value) else { return false }
        return move(&index, by: checks[i], enumIndex: enumIndex)
    }

    /// `fastTotal(_:properties:)` for a `direct` rule, as `directTotal(_:)` (53–54 → 46–47
    /// ns a mixed call).
    @inline(never)
    func directTotal(_ values: [ParameterValue], properties: [Int]) -> ExactDecimal? {
        var index = tableBase
        var p = 0
        while p < values.count {
            let i = properties[p], check = checks[i]
            var enumIndex = quickIndex(check, property: i, ValueSummary(values[p]))
            if enumIndex == Self.unsure { enumIndex = carefulIndex(property: i, values[p]) ?? Self.invalid }
            guard enumIndex != Self.invalid, move(&index, by: check, enumIndex: enumIndex) else { return nil }
            p += 1
        }
        return lookUp(index)
    }

    /// Moves a `direct` rule's table index from "not given" to `enumIndex` on the axis of
    /// the property whose check is `check`; `false` when the table reads a value without an
    /// enum index (the general path decides).
    @inline(__always)
    private func move(_ index: inout Int, by check: Check, enumIndex: Int) -> Bool {
        guard check.tableWeight != 0 else { return true }
        guard enumIndex >= 0 else { return false }
        index += (enumIndex - Int(check.enumCount)) * Int(check.tableWeight)
        return true
    }

    /// A `direct` rule's price at table index `index`: the base without a table.
    @inline(__always)
    private func lookUp(_ index: Int) -> ExactDecimal? {
        if tableSlots.isEmpty { return base }
        guard index < tablePrices.count else { return nil }
        return tablePrices[index]
    }
}
