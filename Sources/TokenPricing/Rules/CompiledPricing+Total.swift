extension CompiledPricing {
    /// Whether every parameter is in the schema and valid against it (what
    /// `SchemaProperty.problems(with:at:)` finds nothing in), checked on plain data.
    func allValid(_ parameters: [String: ParameterValue]) -> Bool {
        for (name, value) in parameters {
            guard let i = names.index(of: name), constraints[i].validate(value, enumValues: enumPool.values) != nil else { return false }
        }
        return true
    }

    /// The total for an ordinary valid call; `nil` sends the caller to the general path.
    func fastTotal(_ parameters: [String: ParameterValue]) -> ExactDecimal? {
        guard usable else { return nil }
        if direct { return directTotal(parameters) }
        // Most rules read at most four parameters: their slots live in this frame, with no
        // closure or allocation around the check (more take `totalWithManySlots`).
        guard slotCount <= 4 else { return totalWithManySlots(parameters) }
        var inline = (Slot(), Slot(), Slot(), Slot())
        return withUnsafeMutableBytes(of: &inline) { bytes in
            total(parameters, slots: bytes.baseAddress!.assumingMemoryBound(to: Slot.self))
        }
    }

    @inline(never)
    private func totalWithManySlots(_ parameters: [String: ParameterValue]) -> ExactDecimal? {
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: slotCount) { slots in
            slots.initialize(repeating: Slot())
            return total(parameters, slots: slots.baseAddress!)
        }
    }

    @inline(__always)
    private func total(_ parameters: [String: ParameterValue], slots: UnsafeMutablePointer<Slot>) -> ExactDecimal? {
        // Bit `slot` of `given` says whether the call gave that priced parameter.
        var given: UInt64 = 0
        guard check(parameters, slots: slots, given: &given) else { return nil }
        return price(slots: slots, given: given)
    }

    /// The total for an ordinary valid call given as `values`, value `p` for schema
    /// property `properties[p]` (names resolved once by `PreparedCall`); `nil` sends the
    /// caller to the general path. The same checks and pricing as the dictionary's fast path,
    /// without the dictionary's iteration and the name match.
    func fastTotal(_ values: [ParameterValue], properties: [Int]) -> ExactDecimal? {
        guard usable, values.count == properties.count else { return nil }
        if direct { return directTotal(values, properties: properties) }
        guard slotCount <= 4 else { return totalWithManySlots(values, properties: properties) }
        var inline = (Slot(), Slot(), Slot(), Slot())
        return withUnsafeMutableBytes(of: &inline) { bytes in
            total(values, properties: properties, slots: bytes.baseAddress!.assumingMemoryBound(to: Slot.self))
        }
    }

    @inline(never)
    private func totalWithManySlots(_ values: [ParameterValue], properties: [Int]) -> ExactDecimal? {
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: slotCount) { slots in
            slots.initialize(repeating: Slot())
            return total(values, properties: properties, slots: slots.baseAddress!)
        }
    }

    @inline(__always)
    private func total(_ values: [ParameterValue], properties: [Int], slots: UnsafeMutablePointer<Slot>) -> ExactDecimal? {
        var given: UInt64 = 0
        var p = 0
        while p < values.count {
            let i = properties[p]
            let verdict = quickVerdict(property: i, ValueSummary(values[p]), slots: slots, given: &given)
            if verdict == Self.invalid || verdict == Self.unsure && !checkCarefully(property: i, values[p], slots: slots, given: &given) {
                return nil
            }
            p += 1
        }
        return price(slots: slots, given: given)
    }

    /// Checks every parameter, filling the slots of the given priced ones; `false` when one
    /// is invalid (the general path reports it).
    ///
    /// Each parameter is checked from plain-data summaries of its name and value
    /// (`StringBits`, `ValueSummary`), so the loop over the dictionary copies nothing
    /// reference-counted and calls nothing. What a summary cannot decide goes to
    /// `checkCarefully`, one parameter at a time: a name or an enum text whose bits match no
    /// schema entry (another copy of a long string, as JSON decoding makes), a text with
    /// more UTF-8 bytes than the length limit (its characters must be counted), a text a
    /// per-unit factor or a surcharge reads, an array checked against an enum, an object or
    /// `null`.
    @inline(__always)
    private func check(
        _ parameters: [String: ParameterValue], slots: UnsafeMutablePointer<Slot>, given: inout UInt64
    ) -> Bool {
        for (name, value) in parameters {
            let bits = StringBits(name)
            let seen = ValueSummary(value)
            let i = property(bits: bits)
            let verdict = i >= 0 ? quickVerdict(property: i, seen, slots: slots, given: &given) : Self.unsure
            if verdict == Self.invalid || verdict == Self.unsure && !checkCarefully(keyBits: bits, in: parameters, slots: slots, given: &given) {
                return false
            }
        }
        return true
    }

    /// The property whose name has exactly `bits`, or -1 (another copy of a long name, or a
    /// name the schema lacks: the careful check compares texts). A scan: the names a call
    /// gives sit near the start of their schema, and a hash of the bits measured no faster.
    @inline(__always)
    func property(bits: StringBits) -> Int {
        var i = 0
        while i < nameBits.count, nameBits[i] != bits { i += 1 }
        return i < nameBits.count ? i : -1
    }

    /// The quick check of one value against property `i`, filling its slot when the rule
    /// reads it: the value's enum index (-1 without an enum), or `invalid`, or `unsure`.
    @inline(__always)
    private func quickVerdict(property i: Int, _ seen: ValueSummary, slots: UnsafeMutablePointer<Slot>, given: inout UInt64) -> Int {
        let check = checks[i]
        let enumIndex = quickIndex(check, property: i, seen)
        if enumIndex >= -1, check.slot >= 0 {
            slots[Int(check.slot)] = Slot(enumIndex: enumIndex, numeric: seen.kind == .number ? seen.number : nil)
            given |= 1 << UInt64(check.slot)
        }
        return enumIndex
    }

    /// The quick check of one value against property `i` (whose check is `check`): the
    /// value's enum index (-1 without an enum), or `invalid`, or `unsure`.
    @inline(__always)
    func quickIndex(_ check: Check, property i: Int, _ seen: ValueSummary) -> Int {
        var enumIndex = -1
        switch seen.kind {
        case .string:
            guard check.type == .string else { return Self.invalid }
            if check.enumCount >= 0 {
                let start = Int(check.enumStart), count = Int(check.enumCount)
                var k = 0
                while k < count, enumPool.text[start + k] != seen.text { k += 1 }
                if k == count { return Self.unsure }
                enumIndex = k
            }
            // No more UTF-8 bytes than the limit means no more characters: most texts
            // are not counted.
            if check.maxLength >= 0, seen.utf8Count > Int(check.maxLength) { return Self.unsure }
            if check.readsNumber || check.readsCharacters { return Self.unsure }
        case .number:
            let x = seen.number
            switch check.type {
            case .number: break
            case .integer: guard x.isInteger else { return Self.invalid }
            default: return Self.invalid
            }
            if check.enumCount >= 0 {
                // Numbers are normalised, so `==` here is the enum's `==`: no match is a
                // value outside the enum.
                let start = Int(check.enumStart), count = Int(check.enumCount)
                var k = 0
                while k < count, !(enumPool.kinds[start + k] == .number && enumPool.numbers[start + k] == x) { k += 1 }
                if k == count { return Self.invalid }
                enumIndex = k
            }
            if check.hasBounds {
                if let lo = constraints[i].minimum, isLess(x, lo) { return Self.invalid }
                if let hi = constraints[i].maximum, isLess(hi, x) { return Self.invalid }
            }
        case .bool:
            guard check.type == .boolean else { return Self.invalid }
            if check.enumCount >= 0 {
                let start = Int(check.enumStart), count = Int(check.enumCount)
                let kind: EnumPool.Kind = seen.flag ? .yes : .no
                var k = 0
                while k < count, enumPool.kinds[start + k] != kind { k += 1 }
                if k == count { return Self.invalid }
                enumIndex = k
            }
        case .array:
            guard check.type == .array else { return Self.invalid }
            // An enum of arrays is left to `validate`.
            if check.enumCount >= 0 { return Self.unsure }
            if seen.itemTypes & ~check.itemTypes != 0 { return Self.invalid }
        case .other:
            return Self.unsure
        }
        return enumIndex
    }

    /// What the quick check answers besides an enum index (-1: valid, no enum; 0...: valid,
    /// the value's index in the enum).
    static let invalid = -2
    static let unsure = -3

    /// The enum index of `value` checked against property `i` by
    /// `PropertyConstraints.validate` (-1 without an enum), `nil` when it is invalid.
    @inline(never)
    func carefulIndex(property i: Int, _ value: ParameterValue) -> Int? {
        constraints[i].validate(value, enumValues: enumPool.values)
    }

    /// The check of the parameter whose name has `keyBits`, on its name and value
    /// themselves: the name compared as text, the value by `PropertyConstraints.validate`,
    /// a text read for the factors that need its number or length. `false` when it is
    /// invalid. Not inlined: its copies and calls stay out of the quick loop.
    @inline(never)
    private func checkCarefully(
        keyBits: StringBits, in parameters: [String: ParameterValue], slots: UnsafeMutablePointer<Slot>, given: inout UInt64
    ) -> Bool {
        guard let (i, value) = property(keyBits: keyBits, in: parameters) else { return false }
        return checkCarefully(property: i, value, slots: slots, given: &given)
    }

    /// The schema property and the value of the parameter whose name has `keyBits`, found
    /// by its name as text; `nil` for a name the schema does not have.
    func property(keyBits: StringBits, in parameters: [String: ParameterValue]) -> (Int, ParameterValue)? {
        // The key is found again by its bits: it is the dictionary's own string.
        for (name, value) in parameters where StringBits(name) == keyBits {
            guard let i = names.index(of: name) else { return nil }
            return (i, value)
        }
        return nil
    }

    /// The check of `value` against property `i` by `PropertyConstraints.validate`, and the
    /// text read for the factors that need its number or length. `false` when it is invalid.
    @inline(never)
    private func checkCarefully(property i: Int, _ value: ParameterValue, slots: UnsafeMutablePointer<Slot>, given: inout UInt64) -> Bool {
        guard let enumIndex = carefulIndex(property: i, value) else { return false }
        let check = checks[i]
        guard check.slot >= 0 else { return true }
        var slot = Slot(enumIndex: enumIndex)
        switch value {
        case .number(let n):
            slot.numeric = n
        case .string(let s):
            if check.readsNumber { slot.numeric = ExactDecimal(s) }
            if check.readsCharacters { slot.characters = s.platformCharacterCount }
        default:
            break
        }
        slots[Int(check.slot)] = slot
        given |= 1 << UInt64(check.slot)
        return true
    }

    /// Applies the rule to the checked parameters: the factors in order, the minimum charge,
    /// the rounding. `nil` for what the general path must decide or report.
    @inline(__always)
    func price(slots: UnsafeMutablePointer<Slot>, given: UInt64) -> ExactDecimal? {
        var amount = base
        if !tableSlots.isEmpty {
            var index = 0
            for k in tableSlots.indices {
                let slot = tableSlots[k], count = tableCounts[k]
                var i = count
                if given & (1 << UInt64(slot)) != 0 {
                    i = slots[slot].enumIndex
                    guard i >= 0 else { return nil }
                }
                index = index * (count + 1) + i
            }
            guard index < tablePrices.count, let price = tablePrices[index] else { return nil }
            amount = price
        }
        for op in operations {
            let present = given & (1 << UInt64(op.slot)) != 0
            switch op.kind {
            case .multiplier:
                let f: ExactDecimal
                if present {
                    // A value outside an enum was rejected by the check; a parameter without
                    // an enum needs the table lookup of the general path.
                    let enumIndex = slots[op.slot].enumIndex
                    guard enumIndex >= 0, let hit = amounts[op.amountStart + enumIndex] else { return nil }
                    f = hit
                } else {
                    if op.absentBails { return nil }
                    f = op.absentFactor
                }
                guard let next = amount.multiplied(by: f) else { return nil }
                amount = next
            case .perUnit:
                let quantity: ExactDecimal
                if present {
                    if op.characters {
                        let characters = slots[op.slot].characters
                        guard characters >= 0 else { return nil }
                        quantity = ExactDecimal(characters)
                    } else {
                        guard let n = slots[op.slot].numeric else { return nil }
                        quantity = n
                    }
                } else {
                    if op.absentBails { return nil }
                    guard let n = op.absentQuantity else { continue }
                    quantity = n
                }
                guard let units = op.units(of: quantity), let next = amount.multiplied(by: units) else { return nil }
                amount = next
            case .surcharge:
                let n: ExactDecimal
                if present {
                    guard let v = slots[op.slot].numeric else { return nil }
                    n = v
                } else {
                    if op.absentBails { return nil }
                    guard let v = op.absentQuantity else { continue }
                    n = v
                }
                guard n > op.included else { continue }
                guard let extra = n.subtracting(op.included), let add = extra.multiplied(by: op.ratePerUnit),
                      let next = amount.adding(add) else { return nil }
                amount = next
            case .constant:
                guard let next = amount.multiplied(by: op.factor) else { return nil }
                amount = next
            }
        }
        if let minimum, isLess(amount, minimum) { amount = minimum }
        if let rounding { amount = amount.rounded(places: rounding.places, mode: rounding.mode) }
        return amount
    }

    /// `a < b`, inline when the scales agree (bounds and prices mostly share theirs) or the
    /// significands fit in 64 bits and a few tenfold steps align them (a bound of `1` against
    /// a value of `2.5`), where `ExactDecimal`'s `<` is a call that rescales in 128 bits
    /// (about 175 instructions, callgrind).
    @inline(__always)
    private func isLess(_ a: ExactDecimal, _ b: ExactDecimal) -> Bool {
        if a.scale == b.scale { return a.significand < b.significand }
        if let x = Int64(exactly: a.significand), let y = Int64(exactly: b.significand), abs(a.scale - b.scale) <= 4 {
            // Scale the coarser one up: exact unless it overflows, and then `<` decides.
            var coarse = a.scale < b.scale ? x : y
            var overflow = false
            for _ in 0..<abs(a.scale - b.scale) where !overflow {
                (coarse, overflow) = coarse.multipliedReportingOverflow(by: 10)
            }
            if !overflow { return a.scale < b.scale ? coarse < y : x < coarse }
        }
        return a < b
    }
}
