extension PricingRule {
    /// The rule in one plain sentence, for the site and for reviewers, e.g.
    /// "3 tokens × a factor by nVariants (1 → ×1, 2 → ×1.16666, 4 → ×1.3333), rounded to 2
    /// decimals, half away from zero."
    public func explanation(baseTokenCost: ExactDecimal) -> String {
        var text: String
        switch basis {
        case .baseTokenCost:
            text = "\(baseTokenCost) token\(baseTokenCost == 1 ? "" : "s")"
        case .priceTable(let table):
            let rows = table.rows.map { "\($0.keys.joined(separator: " + ")) → \($0.price)" }.joined(separator: ", ")
            text = "a price by \(table.parameters.joined(separator: " and ")) (\(rows)"
                + (table.otherwise.map { "; otherwise \($0)" } ?? "") + ")"
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
                let counted = p.measure == .characters ? "the characters of \(p.parameter)" : p.parameter
                let unit = p.unitName ?? (p.unitSize == 1 ? "unit" : "\(p.unitSize)")
                if p.unitSize == 1 && p.measure == .value {
                    text += " × \(counted)"
                } else {
                    text += " × \(counted) in units of \(unit)\(p.roundUnitsUp ? " (a started unit counts whole)" : "")"
                }
                if let w = p.whenAbsent { text += ", taking \(w.plainText) when not given" }
            case .surcharge(let s):
                let unit = s.unitName ?? "unit"
                text += " + \(s.ratePerUnit) per \(unit) of \(s.parameter) above \(s.included)"
            }
        }
        if let minimum = minimumCharge { text += ", at least \(minimum)" }
        if let rounding { text += ", \(rounding.phrase)" }
        return text + "."
    }
}
