extension PricingRule {
    /// The rule in one plain sentence, for the site and for reviewers, e.g.
    /// "3 tokens × a factor by nVariants (1 → ×1, 2 → ×1.16666, 4 → ×1.3333), rounded to 2
    /// decimals, half away from zero."
    public func explanation(baseTokenCost: ExactDecimal) -> String {
        var text: String
        switch basis {
        case .baseTokenCost:
            text = "\(baseTokenCost) token\(baseTokenCost == 1 ? "" : "s")"
        case .rate(let rate):
            text = "\(rate) token\(rate == 1 ? "" : "s")"
        case .priceTable(let table):
            let rows = table.rows.map { "\($0.keys.joined(separator: " + ")) → \($0.price)" }.joined(separator: ", ")
            let assumed = table.parameters.compactMap { p in table.whenAbsent[p].map { "\(p) \($0.plainText)" } }
            text = "a price by \(Self.list(table.parameters)) (\(rows)"
                + (table.otherwise.map { "; otherwise \($0)" } ?? "")
                + (assumed.isEmpty ? "" : "; \(Self.list(assumed)) when not given") + ")"
        }
        for factor in factors {
            switch factor {
            case .multiplier(let m):
                let entries = m.table.entries.map { "\($0.key) → ×\($0.amount)" }.joined(separator: ", ")
                var clause = " × a factor by \(m.parameter) (\(entries)"
                if let o = m.otherwise { clause += "; otherwise ×\(o)" }
                clause += ")"
                if let w = m.whenAbsent { clause += ", taking \(w.plainText) when not given" }
                text += clause
            case .perUnit(let p):
                let source = ([p.parameter] + p.fallbacks).joined(separator: ", else ")
                let counted: String
                switch (p.measure, p.itemField) {
                case (.characters, let field?): counted = "the characters of every \(field) in \(source)"
                case (.characters, nil): counted = "the characters of \(source)"
                case (.value, _): counted = source
                }
                let unit = p.unitName ?? (p.unitSize == 1 ? "unit" : "\(p.unitSize)")
                if p.unitSize == 1 && p.measure == .value {
                    text += " × \(counted)"
                } else {
                    text += " × \(counted) in units of \(unit)\(p.roundUnitsUp ? " (a started unit counts whole)" : "")"
                }
                if let limits = p.limits { text += " (counted \(limits.phrase))" }
                if let w = p.whenAbsent { text += ", taking \(w == "" || w == .array([]) ? "none" : w.plainText) when not given" }
            case .surcharge(let s):
                let unit = s.unitName ?? "unit"
                text += " + \(s.ratePerUnit) per \(unit) of \(s.parameter) above \(s.included)"
            case .usage(let u):
                let unit = u.quantity.unit
                text += " × \(u.quantity.measured) in \(unit)s (\(u.quantity.rawValue); \(u.assumed) \(unit)\(u.assumed == 1 ? "" : "s") assumed when not measured"
                if let limits = u.limits { text += ", counted \(limits.phrase)" }
                text += ")"
            }
        }
        if let minimum = minimumCharge { text += ", at least \(minimum)" }
        if let rounding { text += ", \(rounding.phrase)" }
        return text + "."
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
