// Safe price bounds for a step whose joint choices are too many to tabulate.

extension TemplatePlan {
    /// Safe bounds of step `s`'s price when its joint choices are too many to enumerate:
    /// interval arithmetic over the rule. The basis ranges over its parameters'
    /// choices; each factor contributes the least and most of what it multiplies by or adds
    /// over its parameter's choices; then the minimum charge and the rounding, both
    /// non-decreasing. Exact when each parameter is read once; never narrower than the truth.
    func bounds(ofStep s: Int) throws(PricingError) -> (ExactDecimal, ExactDecimal) {
        let step = steps[s]
        let model = step.model
        // The values each parameter can take, as the call would see them.
        func possibleValues(of parameter: String) throws(PricingError) -> [ParameterValue?] {
            let defaults = fields.map { $0.choices[0] }
            guard let b = step.bindings.first(where: { $0.parameter == parameter }) else {
                return [try self.parameters(ofStep: s, values: defaults, given: nil)[parameter]]
            }
            var out: [ParameterValue?] = []
            var seen = Set<ParameterValue?>()
            var values = defaults
            for choice in fields[b.field].choices {
                values[b.field] = choice
                let v = try self.parameters(ofStep: s, values: values, given: nil)[parameter]
                if seen.insert(v).inserted { out.append(v) }
            }
            return out
        }
        func evaluate(_ rule: PricingRule, base: ExactDecimal, _ parameters: [String: ParameterValue]) throws(PricingError) -> ExactDecimal {
            let probe = PricedModel(recordId: model.recordId, name: model.name, baseTokenCost: base, schema: model.schema, rule: rule)
            do throws(PricingError) { return try probe.total(parameters) } catch {
                throw error.within(templateId: templateId, stepNumber: step.errorStepNumber)
            }
        }
        func overflow() -> PricingError {
            PricingError(.arithmeticOverflow, message: "the price bounds do not fit exactly", modelRecordId: model.recordId, templateId: templateId, stepNumber: step.errorStepNumber)
        }
        // Every combination of the values `names` can take, as parameter dictionaries.
        func combinations(_ names: [String]) throws(PricingError) -> [[String: ParameterValue]] {
            var out: [[String: ParameterValue]] = [[:]]
            for name in names {
                let values = try possibleValues(of: name)
                var next: [[String: ParameterValue]] = []
                for partial in out {
                    for v in values {
                        var p = partial
                        p[name] = v
                        next.append(p)
                    }
                }
                out = next
            }
            return out
        }
        var lo: ExactDecimal, hi: ExactDecimal
        switch model.rule.basis {
        case .baseTokenCost:
            lo = model.baseTokenCost; hi = lo
        case .rate(let rate):
            lo = rate; hi = rate
        case .priceTable(let table):
            var prices: [ExactDecimal] = []
            for p in try combinations(table.parameters) {
                prices.append(try evaluate(PricingRule(basis: .priceTable(table)), base: .zero, p))
            }
            lo = prices.min()!; hi = prices.max()!
        }
        for factor in model.rule.factors {
            var amounts: [ExactDecimal] = []
            for p in try combinations(factor.readParameters) {
                amounts.append(try evaluate(PricingRule(factors: [factor]), base: .one, p))
            }
            let fLo = amounts.min()!, fHi = amounts.max()!
            switch factor {
            case .multiplier, .perUnit, .usage:
                let corners = [lo.multiplied(by: fLo), lo.multiplied(by: fHi), hi.multiplied(by: fLo), hi.multiplied(by: fHi)]
                guard corners.allSatisfy({ $0 != nil }) else { throw overflow() }
                lo = corners.map { $0! }.min()!
                hi = corners.map { $0! }.max()!
            case .surcharge:
                // The probe started from 1: what it added is the amount minus 1.
                guard let a = lo.adding(fLo - .one), let b = hi.adding(fHi - .one) else { throw overflow() }
                lo = a; hi = b
            }
        }
        if let minimum = model.rule.minimumCharge {
            if lo < minimum { lo = minimum }
            if hi < minimum { hi = minimum }
        }
        if let r = model.rule.rounding {
            lo = lo.rounded(places: r.places, mode: r.mode)
            hi = hi.rounded(places: r.places, mode: r.mode)
        }
        return (lo, hi)
    }
}
