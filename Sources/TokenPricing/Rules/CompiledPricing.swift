/// A model's schema and pricing rule compiled for `PricedModel.total(_:)`.
///
/// What makes it fast (see `CompiledPricing+Total.swift` for the loop): a call's names and
/// values are read as plain-data summaries (`StringBits`, `ValueSummary`), so iterating the
/// call's dictionary copies nothing reference-counted and calls nothing in the runtime; a
/// name is found by comparing two words per schema property; each property's checks are a
/// small plain record (`Check`), and an enum is matched by bits (text) or by value
/// (numbers, booleans); a multiplier's factor is precomputed per enum value and read by the
/// index the check found, so no table is hashed; a rule whose price depends on enum values
/// only is tabulated whole, so such a call is one lookup (and the call sums the lookup's
/// index as it checks its values, with no slot: `direct`); any other rule's priced
/// parameters go to slots on the stack, so nothing is allocated.
///
/// It is only a fast path: `fastTotal` answers for the ordinary valid call and returns `nil`
/// for anything else (an invalid value, a value a table does not list, a multiplier on a
/// parameter without an enum, a price-table basis, an overflow), and the caller then runs
/// the general evaluator, which gives the same total or the precise error. Behaviour and
/// errors therefore cannot drift from `quote(_:)`.
final class CompiledPricing: Sendable {
    /// A schema property as the quick check reads it: plain data, 24 bytes (a call reads
    /// several, and more of them share a cache line than at 32).
    struct Check: Sendable {
        /// The accepted JSON type.
        var type: PropertyType
        /// Whether the property has a minimum or a maximum (read from `constraints`).
        var hasBounds: Bool
        /// Whether a per-unit or surcharge factor reads a text value's number, or a
        /// per-character factor its length: the text is then read again from the call.
        var readsNumber: Bool
        var readsCharacters: Bool
        /// The slot its value goes to when the rule reads it, else -1.
        var slot: Int32
        /// Where its enum values start in the pool, and how many (-1: no enum).
        var enumStart: Int32
        var enumCount: Int32
        /// The `ItemTypes` bits an array's items may have (all when unconstrained).
        var itemTypes: UInt8
        /// For a rule that is one table lookup (`direct`): how far the table index moves per
        /// enum index of this property (0: the table does not read it). It fits in the
        /// padding before `maxLength`, so a check stays 24 bytes.
        var tableWeight: UInt16 = 0
        /// The longest accepted text in UTF-8 bytes before characters must be counted
        /// (-1: no limit). A limit past `Int32.max` is clamped, which only sends more texts
        /// to the careful check.
        var maxLength: Int32
    }

    /// A factor, as plain data.
    struct Operation: Sendable {
        enum Kind: UInt8, Sendable { case multiplier, perUnit, surcharge, constant }
        var kind: Kind
        var slot: Int
        // multiplier: `amounts[amountStart + enumIndex]`, and the factor when absent
        // (`absentBails`: the general path decides).
        var amountStart = 0
        var amountCount = 0
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
        // perUnit: fixed bounds applied to the quantity before it is divided into units.
        var floor: ExactDecimal?
        var cap: ExactDecimal?
        // constant: the factor (a usage factor at its limited assumption, with no cap table).
        var factor: ExactDecimal = .one
    }

    /// What a slot holds after the check: the parameter's enum index, and the quantities
    /// per-unit and surcharge factors read. Whether it was given is a bit in a mask; a slot
    /// is plain data, so a slot not given is never read, only overwritten.
    struct Slot {
        var enumIndex = -1
        var numeric: ExactDecimal?
        var characters = -1
    }

    /// The schema's names, for the careful path; `nameBits` holds the same names' bits
    /// (`.none` for a shadowed duplicate), one per property.
    let names: NameLookup
    let nameBits: [StringBits]
    let checks: [Check]
    /// The full checks, for bounds and for values the quick check cannot decide.
    let constraints: [PropertyConstraints]
    let enumPool: EnumPool
    /// Whether the fast path applies at all (a base-cost basis, at most 64 priced parameters).
    let usable: Bool
    let slotCount: Int
    let base: ExactDecimal
    /// For a price-table basis: the table's parameters' slots, the number of enum values of
    /// each, and the price of every combination of enum indices (each index 0..<count, or
    /// `count` for "not given"), last parameter fastest; `nil` sends the call to the general
    /// path (a combination the table lacks, a parameter without an assumption).
    let tableSlots: [Int]
    let tableCounts: [Int]
    let tablePrices: [ExactDecimal?]
    let operations: [Operation]
    let amounts: [ExactDecimal?]
    let minimum: ExactDecimal?
    let rounding: RoundingRule?
    /// Whether the price is one lookup: no factor, minimum or rounding is left besides the
    /// table (a tabulated rule, or a flat price). A call then adds each enum property's
    /// `tableWeight` to `tableBase` (the index of "nothing given") as it is checked, and
    /// needs no slot and no `price` (see `directTotal`).
    let direct: Bool
    let tableBase: Int

    /// Compiles `rule` over `schema`. A rule whose price depends only on enum values (a price
    /// table, multipliers, constants) is compiled stepwise first, that form prices every
    /// combination once (`wholePrices()`), and the result keeps only that table, so a call
    /// does one lookup instead of the products, the minimum and the rounding.
    convenience init(baseTokenCost: ExactDecimal, schema: InputSchema, rule: PricingRule) {
        let stepwise = CompiledPricing(compiling: baseTokenCost, schema: schema, rule: rule)
        self.init(stepwise, whole: stepwise.wholePrices())
    }

    /// `stepwise`'s checks, with its rule replaced by `whole` when there is one. The arrays
    /// are shared, not compiled again (compiling twice cost 2.6 % of a site build).
    private init(_ stepwise: CompiledPricing, whole: WholePrices?) {
        usable = stepwise.usable
        slotCount = stepwise.slotCount
        enumPool = stepwise.enumPool
        nameBits = stepwise.nameBits
        names = stepwise.names
        constraints = stepwise.constraints
        if let whole {
            // Tabulated, the factors, the minimum and the rounding are already in the prices.
            base = whole.constant ?? stepwise.base
            tableSlots = whole.slots
            tableCounts = whole.counts
            tablePrices = whole.prices
            operations = []
            amounts = []
            minimum = nil
            rounding = nil
        } else {
            base = stepwise.base
            tableSlots = stepwise.tableSlots
            tableCounts = stepwise.tableCounts
            tablePrices = stepwise.tablePrices
            operations = stepwise.operations
            amounts = stepwise.amounts
            minimum = stepwise.minimum
            rounding = stepwise.rounding
        }
        // Only a rule with nothing besides its table is priced by the index, so only its
        // checks carry weights.
        let oneLookup = usable && operations.isEmpty && minimum == nil && rounding == nil
        let weighted = oneLookup ? Self.tableWeights(stepwise.checks, slots: tableSlots, counts: tableCounts) : nil
        direct = weighted != nil
        checks = weighted?.checks ?? stepwise.checks
        tableBase = weighted?.base ?? 0
    }

    /// `checks` with each one's `tableWeight` for a table over `slots` whose axes have
    /// `counts` enum values (plus "not given", last slot fastest), and the index of the
    /// combination where nothing is given; `nil` when a weight does not fit or a property's
    /// enum is not its axis.
    private static func tableWeights(_ checks: [Check], slots: [Int], counts: [Int]) -> (checks: [Check], base: Int)? {
        // Every weight and the base are below the number of combinations.
        var combinations = 1
        for count in counts {
            combinations *= count + 1
            guard combinations <= Int(UInt16.max) else { return nil }
        }
        var checks = checks, base = 0, weight = 1
        for k in slots.indices.reversed() {
            base += counts[k] * weight
            for i in checks.indices where Int(checks[i].slot) == slots[k] {
                guard Int(checks[i].enumCount) == counts[k], let w = UInt16(exactly: Int(checks[i].tableWeight) + weight) else { return nil }
                checks[i].tableWeight = w
            }
            weight *= counts[k] + 1
        }
        return (checks, base)
    }

    private init(compiling baseTokenCost: ExactDecimal, schema: InputSchema, rule: PricingRule) {
        // Rules the fast path does not model compile to nothing: every call goes to the evaluator.
        let modelled = rule.fastPathModels(schema)
        let rule = modelled ? rule : PricingRule()
        var slots: [String: Int] = [:]
        for name in rule.pricedParameters where slots[name] == nil { slots[name] = slots.count }
        slotCount = slots.count
        let names = schema.properties.map(\.name)
        self.names = NameLookup(names)
        var enumValues: [ParameterValue] = []
        var seen = Set<String>()
        var checks: [Check] = []
        var constraints: [PropertyConstraints] = []
        for var p in schema.properties {
            // A boolean is one of two values: checked as an enum of them, its index chooses a
            // multiplier or a table row like any enum's (validation is unchanged). So is a
            // priced integer between close bounds (an unpriced one keeps its cheaper bounds).
            p.allowedValues = p.fastPathEnum(priced: slots[p.name] != nil)
            // A duplicate name is shadowed by the first property, as in `InputSchema`.
            let first = seen.insert(p.name).inserted
            let c = PropertyConstraints(p, enumValues: &enumValues)
            constraints.append(c)
            checks.append(Check(
                type: p.type, hasBounds: p.minimum != nil || p.maximum != nil, readsNumber: false, readsCharacters: false,
                slot: Int32(first ? (slots[p.name] ?? -1) : -1),
                enumStart: Int32(c.enumStart), enumCount: Int32(c.enumCount),
                itemTypes: p.items.map { ItemTypes.accepted(by: $0.type) } ?? ItemTypes.any, maxLength: Int32(clamping: c.maxLength)))
        }
        for factor in rule.factors {
            for i in checks.indices where checks[i].slot >= 0 && names[i] == factor.parameter {
                switch factor {
                case .multiplier: break
                case .perUnit(let p):
                    // A count with an enum is a multiplier by its index (below): nothing to read.
                    if p.measure == .characters {
                        checks[i].readsCharacters = true
                    } else if schema[p.parameter]?.fastPathEnum() == nil {
                        checks[i].readsNumber = true
                    }
                case .surcharge: checks[i].readsNumber = true
                case .usage: break
                }
            }
        }
        self.checks = checks
        self.constraints = constraints
        nameBits = names.indices.map { names.firstIndex(of: names[$0]) == $0 ? StringBits(names[$0]) : .none }
        enumPool = EnumPool(enumValues)
        usable = modelled && slotCount <= 64
        switch rule.basis {
        case .baseTokenCost, .priceTable: base = baseTokenCost
        case .rate(let rate): base = rate
        }
        var tableSlots: [Int] = [], tableCounts: [Int] = [], tablePrices: [ExactDecimal?] = []
        if modelled, case .priceTable(let table) = rule.basis {
            let values = table.parameters.map { schema[$0]?.fastPathEnum() ?? [] }
            tableSlots = table.parameters.map { slots[$0]! }
            tableCounts = values.map(\.count)
            // Every combination, "not given" being the last index of each parameter.
            var index = [Int](repeating: 0, count: values.count)
            let total = tableCounts.reduce(1) { $0 * ($1 + 1) }
            if total <= 4096 {
                for _ in 0..<total {
                    let lookup = table.lookup { name -> ParameterValue? in
                        let k = table.parameters.firstIndex(of: name)!
                        // `Optional.none`, not `nil`: `ParameterValue` takes a `nil` literal
                        // as JSON `null`, which matches no row, and every call that left a
                        // table parameter to its assumption went to the general path.
                        return index[k] < values[k].count ? values[k][index[k]] : .none
                    }
                    if case .price(let price, _) = lookup { tablePrices.append(price) } else { tablePrices.append(nil) }
                    var k = index.count - 1
                    while k >= 0 { index[k] += 1; if index[k] <= tableCounts[k] { break }; index[k] = 0; k -= 1 }
                }
            }
        }
        self.tableSlots = tableSlots
        self.tableCounts = tableCounts
        self.tablePrices = tablePrices

        var amounts: [ExactDecimal?] = []
        var operations: [Operation] = []
        for factor in rule.factors {
            if case .usage(let u) = factor {
                // A bulk total gives no usage: the factor is its assumption, limited; with a cap
                // table, a multiplier by the cap parameter's enum index.
                let limited = { (parameters: [String: ParameterValue]) in
                    u.limits.map { $0.apply(to: u.assumed, parameters: parameters)?.value } ?? u.assumed
                }
                if let by = u.limits?.maximumBy {
                    var op = Operation(kind: .multiplier, slot: slots[by.parameter]!)
                    op.amountStart = amounts.count
                    amounts += (schema[by.parameter]?.fastPathEnum() ?? []).map { limited([by.parameter: $0]) }
                    op.amountCount = amounts.count - op.amountStart
                    if let f = limited([:]) { op.absentFactor = f } else { op.absentBails = true }
                    operations.append(op)
                } else {
                    // Without a cap table the limits always apply.
                    var op = Operation(kind: .constant, slot: 0)
                    op.factor = limited([:])!
                    operations.append(op)
                }
                continue
            }
            guard let slot = slots[factor.parameter] else { continue }
            switch factor {
            case .multiplier(let m):
                var op = Operation(kind: .multiplier, slot: slot)
                op.amountStart = amounts.count
                amounts += (schema[m.parameter]?.fastPathEnum() ?? []).map { m.table.amount(for: $0) ?? m.otherwise }
                op.amountCount = amounts.count - op.amountStart
                if let w = m.whenAbsent {
                    if let f = m.table.amount(for: w) ?? m.otherwise { op.absentFactor = f } else { op.absentBails = true }
                }
                operations.append(op)
            case .perUnit(let p):
                var op = Operation(kind: .perUnit, slot: slot)
                op.floor = p.limits?.minimum
                op.cap = p.limits?.maximum
                op.characters = p.measure == .characters
                op.unitSize = p.unitSize
                op.unitIsOne = p.unitSize == .one
                op.roundUnitsUp = p.roundUnitsUp
                if let w = p.whenAbsent {
                    switch (p.measure, w) {
                    case (.value, _):
                        if let n = w.numericValue { op.absentQuantity = n } else { op.absentBails = true }
                    case (.characters, .string(let s)):
                        op.absentQuantity = ExactDecimal(s.platformCharacterCount)
                    case (.characters, _):
                        op.absentBails = true
                    }
                }
                if p.measure == .value, let values = schema[p.parameter]?.fastPathEnum() {
                    // A count over a few known values (an enum, an integer between close
                    // bounds) is a multiplier by each value's units, so the rule tabulates.
                    operations.append(op.multiplier(over: values, amounts: &amounts))
                    continue
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
            case .usage:
                break
            }
        }
        self.operations = operations
        self.amounts = amounts
        minimum = rule.minimumCharge
        rounding = rule.rounding
        // The stepwise form only prices the table (`wholePrices`); the form calls use decides.
        direct = false
        tableBase = 0
    }
}

extension CompiledPricing.Operation {
    /// The units this per-unit factor charges for `quantity`: limited by its fixed bounds,
    /// divided by the unit size, rounded up when it says so; `nil` when the division fails.
    func units(of quantity: ExactDecimal) -> ExactDecimal? {
        var limited = quantity
        if let cap, cap < limited { limited = cap }
        if let floor, limited < floor { limited = floor }
        guard var units = unitIsOne ? limited : limited.divided(by: unitSize) else { return nil }
        if roundUnitsUp { units = units.ceiling }
        return units
    }

    /// This per-unit factor, over a parameter whose values are `values`, as a multiplier by
    /// each value's units (`amounts` gets them; `nil` for a value that is not a number, which
    /// the general path decides). Multiplying by the units is what `price` does for the
    /// per-unit factor, so the totals are the same.
    func multiplier(over values: [ParameterValue], amounts: inout [ExactDecimal?]) -> Self {
        var m = Self(kind: .multiplier, slot: slot)
        m.amountStart = amounts.count
        amounts += values.map { value in
            switch value {
            case .number(let n): units(of: n)
            case .string(let s): ExactDecimal(s).flatMap(units(of:))
            default: nil
            }
        }
        m.amountCount = amounts.count - m.amountStart
        if absentBails {
            m.absentBails = true
        } else if let absentQuantity {
            if let u = units(of: absentQuantity) { m.absentFactor = u } else { m.absentBails = true }
        }
        return m
    }
}

extension SchemaProperty {
    /// The values the fast path indexes: the enum; `false, true` for a boolean without one;
    /// and, for a `priced` integer without one, every integer between its bounds when they
    /// leave at most 16 (a count such as `number_of_images` 1...4 then multiplies by its
    /// index, and the rule tabulates).
    func fastPathEnum(priced: Bool = true) -> [ParameterValue]? {
        if let allowedValues { return allowedValues }
        switch type {
        case .boolean:
            return [false, true]
        case .integer where priced:
            guard let lo = minimum?.rounded(places: 0, mode: .up).intValue, let hi = maximum?.rounded(places: 0, mode: .down).intValue,
                  lo <= hi, hi - lo < 16 else { return nil }
            return (lo...hi).map { .number(ExactDecimal($0)) }
        default:
            return nil
        }
    }
}
