/// A model's schema and pricing rule compiled for `PricedModel.total(_:)`.
///
/// What makes it fast: property names sit in a flat array (a short list is scanned, which
/// beats hashing the name); every hot record is plain data (no reference counting when it
/// is read); a multiplier's factor is precomputed per enum value, and a value checked
/// against the enum already knows its index, so no table is hashed; each priced parameter
/// goes to a slot on the stack, so nothing is allocated.
///
/// It is only a fast path: `fastTotal` answers for the ordinary valid call and returns `nil`
/// for anything else (an invalid value, a value a table does not list, a multiplier on a
/// parameter without an enum, a price-table basis, an overflow), and the caller then runs
/// the general evaluator, which gives the same total or the precise error. Behaviour and
/// errors therefore cannot drift from `quote(_:)`.
final class CompiledPricing: Sendable {
    /// A schema property, as the check needs it (plain data).
    struct Property: Sendable {
        /// What `SchemaProperty.problems` checks, with its enum in `enumValues`.
        var constraints: PropertyConstraints
        /// The slot its value goes to when the rule reads it, else -1.
        var slot: Int
        /// Whether a per-unit or surcharge factor reads its number, or a per-character factor
        /// its length.
        var needsNumber = false
        var needsCharacters = false
    }

    /// A factor, as plain data.
    struct Operation: Sendable {
        enum Kind: UInt8, Sendable { case multiplier, perUnit, surcharge }
        var kind: Kind
        var slot: Int
        // multiplier: `amounts[amountStart + enumIndex]`, and the factor when absent
        // (`absentBails`: the general path decides).
        var amountStart = 0
        var absentFactor: ExactDecimal = .one
        var absentBails = false
        // perUnit and surcharge: the quantity assumed when absent (`absentQuantity == nil`
        // and `!absentBails`: the factor is skipped).
        var absentQuantity: ExactDecimal?
        var characters = false
        var unitSize: ExactDecimal = .one
        var unitIsOne = true
        var roundUnitsUp = false
        var included: ExactDecimal = .zero
        var ratePerUnit: ExactDecimal = .zero
    }

    /// What a slot holds after the check: whether the call gave the parameter, its enum
    /// index, and the quantities per-unit and surcharge factors read.
    struct Slot {
        var present = false
        var enumIndex = -1
        var numeric: ExactDecimal?
        var characters = -1
    }

    let names: NameLookup
    let properties: [Property]
    let enumValues: [ParameterValue]
    let slotCount: Int
    let base: ExactDecimal?
    let operations: [Operation]
    let amounts: [ExactDecimal?]
    let minimum: ExactDecimal?
    let rounding: RoundingRule?

    init(baseTokenCost: ExactDecimal, schema: InputSchema, rule: PricingRule) {
        var slots: [String: Int] = [:]
        for name in rule.pricedParameters where slots[name] == nil { slots[name] = slots.count }
        slotCount = slots.count
        let names = schema.properties.map(\.name)
        self.names = NameLookup(names)
        var enumValues: [ParameterValue] = []
        var seen = Set<String>()
        var properties: [Property] = []
        for p in schema.properties {
            // A duplicate name is shadowed by the first property, as in `InputSchema`.
            let first = seen.insert(p.name).inserted
            properties.append(Property(
                constraints: PropertyConstraints(p, enumValues: &enumValues),
                slot: first ? (slots[p.name] ?? -1) : -1))
        }
        for factor in rule.factors {
            for i in properties.indices where properties[i].slot >= 0 && names[i] == factor.parameter {
                switch factor {
                case .multiplier: break
                case .perUnit(let p):
                    if p.measure == .characters { properties[i].needsCharacters = true } else { properties[i].needsNumber = true }
                case .surcharge: properties[i].needsNumber = true
                }
            }
        }
        self.properties = properties
        self.enumValues = enumValues
        if case .baseTokenCost = rule.basis { base = baseTokenCost } else { base = nil }

        var amounts: [ExactDecimal?] = []
        var operations: [Operation] = []
        for factor in rule.factors {
            let slot = slots[factor.parameter]!
            switch factor {
            case .multiplier(let m):
                var op = Operation(kind: .multiplier, slot: slot)
                op.amountStart = amounts.count
                amounts += (schema[m.parameter]?.allowedValues ?? []).map { m.table.amount(for: $0) ?? m.otherwise }
                if let w = m.whenAbsent {
                    if let f = m.table.amount(for: w) ?? m.otherwise { op.absentFactor = f } else { op.absentBails = true }
                }
                operations.append(op)
            case .perUnit(let p):
                var op = Operation(kind: .perUnit, slot: slot)
                op.characters = p.measure == .characters
                op.unitSize = p.unitSize
                op.unitIsOne = p.unitSize == .one
                op.roundUnitsUp = p.roundUnitsUp
                if let w = p.whenAbsent {
                    switch (p.measure, w) {
                    case (.value, _):
                        if let n = w.numericValue { op.absentQuantity = n } else { op.absentBails = true }
                    case (.characters, .string(let s)):
                        op.absentQuantity = ExactDecimal(s.count)
                    case (.characters, _):
                        op.absentBails = true
                    }
                }
                operations.append(op)
            case .surcharge(let s):
                var op = Operation(kind: .surcharge, slot: slot)
                op.included = s.included
                op.ratePerUnit = s.ratePerUnit
                if let w = s.whenAbsent {
                    if let n = w.numericValue { op.absentQuantity = n } else { op.absentBails = true }
                }
                operations.append(op)
            }
        }
        self.operations = operations
        self.amounts = amounts
        minimum = rule.minimumCharge
        rounding = rule.rounding
    }

    /// The total for an ordinary valid call; `nil` sends the caller to the general path.
    func fastTotal(_ parameters: [String: ParameterValue]) -> ExactDecimal? {
        guard let base else { return nil }
        return withUnsafeTemporaryAllocation(of: Slot.self, capacity: Swift.max(slotCount, 1)) { slots -> ExactDecimal? in
            slots.initialize(repeating: Slot())
            // Check every parameter, filling the slots of the priced ones.
            for (name, value) in parameters {
                guard let i = names.index(of: name) else { return nil }
                let p = properties[i]
                guard let enumIndex = p.constraints.validate(value, enumValues: enumValues) else { return nil }
                if p.slot >= 0 {
                    var slot = Slot(present: true, enumIndex: enumIndex)
                    switch value {
                    case .number(let n):
                        slot.numeric = n
                    case .string(let s):
                        if p.needsNumber { slot.numeric = ExactDecimal(s) }
                        if p.needsCharacters { slot.characters = s.count }
                    default:
                        break
                    }
                    slots[p.slot] = slot
                }
            }
            var amount = base
            for op in operations {
                let slot = slots[op.slot]
                switch op.kind {
                case .multiplier:
                    let f: ExactDecimal
                    if slot.present {
                        // A value outside an enum was rejected above; a parameter without an
                        // enum needs the table lookup of the general path.
                        guard slot.enumIndex >= 0, let hit = amounts[op.amountStart + slot.enumIndex] else { return nil }
                        f = hit
                    } else {
                        if op.absentBails { return nil }
                        f = op.absentFactor
                    }
                    guard let next = amount.multiplied(by: f) else { return nil }
                    amount = next
                case .perUnit:
                    let quantity: ExactDecimal
                    if slot.present {
                        if op.characters {
                            guard slot.characters >= 0 else { return nil }
                            quantity = ExactDecimal(slot.characters)
                        } else {
                            guard let n = slot.numeric else { return nil }
                            quantity = n
                        }
                    } else {
                        if op.absentBails { return nil }
                        guard let n = op.absentQuantity else { continue }
                        quantity = n
                    }
                    guard var units = op.unitIsOne ? quantity : quantity.divided(by: op.unitSize) else { return nil }
                    if op.roundUnitsUp { units = units.ceiling }
                    guard let next = amount.multiplied(by: units) else { return nil }
                    amount = next
                case .surcharge:
                    let n: ExactDecimal
                    if slot.present {
                        guard let v = slot.numeric else { return nil }
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
                }
            }
            if let minimum, amount < minimum { amount = minimum }
            if let rounding { amount = amount.rounded(places: rounding.places, mode: rounding.mode) }
            return amount
        }
    }
}
