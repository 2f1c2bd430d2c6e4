// The values an open field is priced at, so a template's range covers every run.

extension TemplatePlan {
    /// The values that bound the price of an open (non-enum, non-boolean) parameter.
    ///
    /// Per-unit and surcharge factors are non-decreasing in their quantity (all base costs,
    /// rates and multipliers are non-negative, and raising to a minimum charge and rounding
    /// are non-decreasing too), so over a range `minimum…maximum` the price is least at the
    /// minimum and most at the maximum: the two endpoints suffice, whatever lies between.
    /// A table reading the parameter changes the factor only at its keys, so the keys inside
    /// the range are added. A per-character factor ranges from the empty text to
    /// `maxLength` characters. A parameter without bounds yields nothing: it is priced at
    /// the value it has (see `TemplatePricer`).
    static func rangeCandidates(of property: SchemaProperty, rule: PricingRule) -> [ParameterValue] {
        if let allowed = property.allowedValues { return allowed }
        if property.type == .boolean { return [false, true] }
        var keys: [String] = []
        var characters = false
        if case .priceTable(let t) = rule.basis, let i = t.parameters.firstIndex(of: property.name) {
            keys += t.rows.compactMap { $0.keys.count > i ? $0.keys[i] : nil }
        }
        for factor in rule.factors where factor.readParameters.contains(property.name) {
            var limits: QuantityLimits?
            switch factor {
            case .multiplier(let m): keys += m.table.entries.map(\.key)
            case .perUnit(let p):
                limits = p.limits
                if ([p.parameter] + p.fallbacks).contains(property.name) {
                    characters = characters || p.measure == .characters
                    // A floor and a cap bend the price: the quantities at them bound it too.
                    keys += [limits?.minimum, limits?.maximum].compactMap { $0?.description }
                }
            case .surcharge: break
            case .usage(let u): limits = u.limits
            }
            if let by = limits?.maximumBy, by.parameter == property.name { keys += by.table.entries.map(\.key) }
        }
        var out: [ParameterValue] = []
        switch property.type {
        case .integer, .number:
            if let lo = property.minimum { out.append(.number(lo)) }
            if let hi = property.maximum { out.append(.number(hi)) }
            for key in keys {
                if let n = ExactDecimal(key) { out.append(.number(n)) }
            }
        case .string:
            if characters {
                out.append(.string(""))
                if let maxLength = property.maxLength { out.append(.string(String(repeating: "a", count: maxLength))) }
            }
            for key in keys { out.append(.string(key)) }
        default:
            break
        }
        var unique: [ParameterValue] = []
        for v in out where !unique.contains(v) && property.problems(with: v, at: property.name).isEmpty {
            unique.append(v)
        }
        return unique
    }
}
