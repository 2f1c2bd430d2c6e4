// The general evaluator: every rule kind, the breakdown, and the precise error. The fast path
// (`CompiledPricing`) answers ordinary calls of simple rules and defers here for the rest.

extension PricedModel {
    func fail(_ kind: PricingError.Kind, _ message: String, parameter: String? = nil) -> PricingError {
        PricingError(kind, message: message, modelRecordId: recordId, keyPath: parameter.map { "parameters.\($0)" })
    }

    private func failUsage(_ message: String, _ quantity: String) -> PricingError {
        PricingError(.invalidUsage, message: message, modelRecordId: recordId, keyPath: "usage.\(quantity)")
    }

    /// The value a factor reads: the call's, else the rule's assumption.
    private func value(of parameter: String, in parameters: [String: ParameterValue], whenAbsent: ParameterValue?) -> (ParameterValue?, Bool) {
        if let v = parameters[parameter] { return (v, false) }
        return (whenAbsent, whenAbsent != nil)
    }

    /// The value a per-unit factor counts: the first of its parameter and fallbacks that is
    /// given and not empty (the platform's `a || b`), else the first given, else the
    /// assumption. Returns the parameter it came from.
    private func counted(_ p: PerUnitFactor, in parameters: [String: ParameterValue]) -> (ParameterValue?, String, Bool) {
        let names = [p.parameter] + p.fallbacks
        if let name = names.first(where: { parameters[$0].map { !$0.isEmptyForFallback } ?? false }) {
            return (parameters[name], name, false)
        }
        if let name = names.first(where: { parameters[$0] != nil }) { return (parameters[name], name, false) }
        return (p.whenAbsent, p.parameter, p.whenAbsent != nil)
    }

    /// Checks the call's usage against the rule: each one read by the rule, each above 0.
    private func checkUsage(_ usage: [UsageQuantity: ExactDecimal]) throws(PricingError) {
        let read = rule.usageQuantities
        for (quantity, amount) in usage.sorted(by: { $0.key < $1.key }) {
            guard read.contains(quantity) else {
                let reads = read.isEmpty ? "it prices on no usage quantity" : "it reads \(read.map(\.rawValue).joined(separator: ", "))"
                throw failUsage("\(name) does not price on \(quantity.rawValue) (\(reads))", quantity.rawValue)
            }
            guard amount > .zero else {
                throw failUsage("\(quantity.rawValue) must be above 0, found \(amount)", quantity.rawValue)
            }
        }
    }

    func evaluate(
        _ parameters: [String: ParameterValue], usage: [UsageQuantity: ExactDecimal], lineItems items: inout [PriceLineItem], record: Bool
    ) throws(PricingError) -> (total: ExactDecimal, unrounded: ExactDecimal) {
        try checkParameters(parameters)
        if !usage.isEmpty { try checkUsage(usage) }
        var amount: ExactDecimal
        switch rule.basis {
        case .baseTokenCost:
            amount = baseTokenCost
            if record { items.append(PriceLineItem(kind: .base, label: "base cost \(baseTokenCost)", subtotal: amount)) }
        case .rate(let rate):
            amount = rate
            if record { items.append(PriceLineItem(kind: .base, label: "rate \(rate) per unit", subtotal: amount)) }
        case .priceTable(let table):
            amount = try tablePrice(table, parameters, lineItems: &items, record: record)
        }
        for factor in rule.factors {
            switch factor {
            case .multiplier(let m):
                let (v, assumed) = value(of: m.parameter, in: parameters, whenAbsent: m.whenAbsent)
                guard let v else {
                    if record { items.append(PriceLineItem(kind: .multiplier, label: "\(m.parameter) not given → × 1", parameter: m.parameter, factor: .one, subtotal: amount)) }
                    continue
                }
                let f: ExactDecimal
                if let hit = m.table.amount(for: v) { f = hit } else if let otherwise = m.otherwise { f = otherwise } else {
                    throw fail(.noPriceForValue, "no multiplier for \(m.parameter) = \(v.displayText) (table lists \(m.table.entries.map(\.key).joined(separator: ", ")))", parameter: m.parameter)
                }
                guard let next = amount.multiplied(by: f) else { throw fail(.arithmeticOverflow, "the price does not fit exactly", parameter: m.parameter) }
                amount = next
                if record {
                    items.append(PriceLineItem(
                        kind: .multiplier, label: "\(m.parameter) = \(v.plainText)\(assumed ? " (assumed)" : "") → × \(f)",
                        parameter: m.parameter, value: v, valueAssumed: assumed, factor: f, subtotal: amount))
                }
            case .perUnit(let p):
                let (v, source, assumed) = counted(p, in: parameters)
                guard let v else {
                    if record { items.append(PriceLineItem(kind: .perUnit, label: "\(p.parameter) not given → × 1", parameter: p.parameter, factor: .one, subtotal: amount)) }
                    continue
                }
                var quantity = try measure(v, p, source: source)
                var note = ""
                if let limits = p.limits {
                    guard let limited = limits.apply(to: quantity, parameters: parameters) else {
                        throw noCap(limits, parameters)
                    }
                    quantity = limited.value
                    if let n = limited.note { note = ", \(n)" }
                }
                guard var units = quantity.divided(by: p.unitSize) else {
                    throw fail(.invalidRule, "unit size \(p.unitSize) does not divide \(quantity) exactly", parameter: source)
                }
                if p.roundUnitsUp { units = units.ceiling }
                guard let next = amount.multiplied(by: units) else { throw fail(.arithmeticOverflow, "the price does not fit exactly", parameter: source) }
                amount = next
                if record {
                    let unit = p.unitName ?? (p.unitSize == 1 ? "unit" : "\(p.unitSize)")
                    let shown = p.measure == .characters ? "\(quantity) characters" : v.plainText
                    items.append(PriceLineItem(
                        kind: .perUnit, label: "\(source) = \(shown)\(assumed ? " (assumed)" : "")\(note) → × \(units) \(unit)\(units == 1 ? "" : "s")",
                        parameter: source, value: v, valueAssumed: assumed, factor: units, subtotal: amount))
                }
            case .surcharge(let s):
                let (v, assumed) = value(of: s.parameter, in: parameters, whenAbsent: s.whenAbsent)
                guard let v else { continue }
                guard let n = v.numericValue else { throw fail(.notANumber, "\(s.parameter) must be a number for its surcharge, found \(v.displayText)", parameter: s.parameter) }
                let extra = n > s.included ? n - s.included : .zero
                guard let add = extra.multiplied(by: s.ratePerUnit), let next = amount.adding(add) else {
                    throw fail(.arithmeticOverflow, "the price does not fit exactly", parameter: s.parameter)
                }
                amount = next
                if record {
                    items.append(PriceLineItem(
                        kind: .surcharge, label: "\(s.parameter) = \(v.plainText)\(assumed ? " (assumed)" : ""): \(extra) over \(s.included) × \(s.ratePerUnit) → + \(add)",
                        parameter: s.parameter, value: v, valueAssumed: assumed, added: add, subtotal: amount))
                }
            case .usage(let u):
                let given = usage[u.quantity]
                let measured = given ?? u.assumed
                var quantity = measured
                var note = ""
                if let limits = u.limits {
                    guard let limited = limits.apply(to: quantity, parameters: parameters) else { throw noCap(limits, parameters) }
                    quantity = limited.value
                    if let n = limited.note { note = ", \(n)" }
                }
                guard let next = amount.multiplied(by: quantity) else {
                    throw failUsage("the price does not fit exactly", u.quantity.rawValue)
                }
                amount = next
                if record {
                    let unit = u.quantity.unit
                    items.append(PriceLineItem(
                        kind: .usage,
                        label: "\(u.quantity.rawValue) = \(measured) \(unit)\(measured == 1 ? "" : "s")\(given == nil ? " (assumed)" : "")\(note) → × \(quantity)",
                        usage: u.quantity.rawValue, value: .number(measured), valueAssumed: given == nil, factor: quantity, subtotal: amount))
                }
            }
        }
        if let minimum = rule.minimumCharge, amount < minimum {
            amount = minimum
            if record { items.append(PriceLineItem(kind: .minimumCharge, label: "minimum charge \(minimum)", subtotal: amount)) }
        }
        let unrounded = amount
        if let rounding = rule.rounding {
            amount = amount.rounded(places: rounding.places, mode: rounding.mode)
            if record { items.append(PriceLineItem(kind: .rounding, label: rounding.phrase, subtotal: amount)) }
        }
        return (amount, unrounded)
    }

    /// The basis price a table gives for the call.
    private func tablePrice(
        _ table: PriceTable, _ parameters: [String: ParameterValue], lineItems items: inout [PriceLineItem], record: Bool
    ) throws(PricingError) -> ExactDecimal {
        let amount: ExactDecimal, values: [ParameterValue]
        switch table.lookup({ parameters[$0] }) {
        case .price(let price, let read):
            amount = price
            values = read
        case .missing(let name):
            throw fail(.noPriceForValue, "the price table needs '\(name)' and the call does not give it", parameter: name)
        case .noRow(let read):
            let shown = zip(table.parameters, read).map { "\($0) = \($1.displayText)" }.joined(separator: ", ")
            throw fail(.noPriceForValue, "the price table has no price for \(shown)", parameter: table.parameters[0])
        }
        if record {
            let shown = zip(table.parameters, values).map { "\($0) = \($1.plainText)" }.joined(separator: ", ")
            items.append(PriceLineItem(
                kind: .priceTable, label: "price table: \(shown.isEmpty ? "otherwise" : shown) → \(amount)",
                parameter: table.parameters[0], value: values.first, subtotal: amount))
        }
        return amount
    }

    /// The quantity a per-unit factor counts in `v`.
    private func measure(_ v: ParameterValue, _ p: PerUnitFactor, source: String) throws(PricingError) -> ExactDecimal {
        switch p.measure {
        case .value:
            guard let n = v.numericValue else { throw fail(.notANumber, "\(source) must be a number to price per unit, found \(v.displayText)", parameter: source) }
            return n
        case .characters:
            if let field = p.itemField {
                guard case .array(let items) = v else {
                    throw fail(.notANumber, "\(source) must be a list of objects with '\(field)' to count its characters, found \(v.displayText)", parameter: source)
                }
                var count = 0
                for item in items {
                    guard case .object(let o) = item else {
                        throw fail(.notANumber, "each item of \(source) must be an object with '\(field)', found \(item.displayText)", parameter: source)
                    }
                    if case .string(let text)? = o[field] { count += text.platformCharacterCount }
                }
                return ExactDecimal(count)
            }
            guard case .string(let s) = v else { throw fail(.notANumber, "\(source) must be text to price per character, found \(v.displayText)", parameter: source) }
            return ExactDecimal(s.platformCharacterCount)
        }
    }

    private func noCap(_ limits: QuantityLimits, _ parameters: [String: ParameterValue]) -> PricingError {
        let by = limits.maximumBy!
        let v = parameters[by.parameter] ?? by.whenAbsent ?? .null
        return fail(.noPriceForValue, "no cap for \(by.parameter) = \(v.displayText) (table lists \(by.table.entries.map(\.key).joined(separator: ", ")))", parameter: by.parameter)
    }
}

extension ParameterValue {
    /// Whether the platform's `a || b` would pass over this value: `""`, `0`, `false`, `null`
    /// (an empty list is not passed over).
    var isEmptyForFallback: Bool {
        switch self {
        case .string(let s): return s.isEmpty
        case .number(let n): return n == .zero
        case .bool(let b): return !b
        case .null: return true
        case .array, .object: return false
        }
    }
}
