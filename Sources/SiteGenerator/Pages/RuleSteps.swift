import ModelRegistry
import TokenPricing

/// A pricing rule as the model page lists it, one step per item in the order the rule
/// applies (Docs/PRICING.md): where the price starts (the base cost, a rate or a price table),
/// each factor with its table, then the minimum charge and the rounding. Built from the rule
/// itself; `PricingRule.explanation` stays the one-sentence summary (API, tooltips).
struct RuleStep: Sendable, Equatable {
    /// "Base cost", "× factor by resolution", "Minimum charge".
    var title: String
    /// The step in words: "3 tokens per call", "taking 1 when not given; otherwise × 1".
    var detail: String
    /// A table the step reads (a factor's values, a price table's rows); empty for none.
    var headers: [String] = []
    var rows: [[String]] = []

    /// The Mustache view: `title`, `detail`, `hasTable`, `headers`, `rows` (`cells`).
    var context: Ctx {
        [
            "title": title, "detail": detail, "hasDetail": !detail.isEmpty, "hasTable": !rows.isEmpty,
            "headers": headers.map { ["label": $0] as Ctx },
            "rows": rows.map { row in
                ["head": row.first ?? "", "cells": row.dropFirst().map { ["text": $0] as Ctx }] as Ctx
            },
        ]
    }
}

enum RuleSteps {
    /// The rule of `m` as steps, in the order it applies.
    static func steps(_ m: ModelDefinition, unit: TokenUnit) -> [RuleStep] {
        let rule = m.pricing
        let base = m.config.baseTokenCost
        func tokens(_ n: ExactDecimal) -> String { "\(n) \(n == 1 ? unit.name : unit.plural)" }
        func axis(_ p: String) -> String { QuantityUnit.axisLabel(p, in: m) }
        func unitOf(_ p: String) -> QuantityUnit? { QuantityUnit.of(parameter: p, in: m) }
        var steps: [RuleStep] = []

        switch rule.basis {
        case .baseTokenCost:
            steps.append(RuleStep(title: "Base cost", detail: "\(tokens(base)) per call"))
        case .rate(let rate):
            steps.append(RuleStep(
                title: "Rate", detail: "\(tokens(rate)), multiplied by the quantities below (the base cost, \(base), is not used)"))
        case .priceTable(let t):
            var notes: [String] = []
            let assumed = t.parameters.compactMap { p in t.whenAbsent[p].map { "\(p) \($0.plainText)" } }
            if !assumed.isEmpty { notes.append("taking \(assumed.joined(separator: ", ")) when not given") }
            notes.append(t.otherwise.map { "any other combination: \(tokens($0))" } ?? "any other combination cannot be priced")
            steps.append(RuleStep(
                title: "Price table by \(list(t.parameters.map(axis)))",
                detail: notes.joined(separator: "; "),
                headers: t.parameters.map(axis) + ["Price (\(unit.plural))"],
                rows: t.rows.map { $0.keys + ["\($0.price)"] }))
        }

        for factor in rule.factors {
            switch factor {
            case .multiplier(let f):
                var notes: [String] = []
                if let w = f.whenAbsent { notes.append("taking \(w.plainText) when not given") } else { notes.append("× 1 when not given") }
                notes.append(f.otherwise.map { "any other value: × \($0)" } ?? "any other value cannot be priced")
                steps.append(RuleStep(
                    title: "× a factor by \(axis(f.parameter))", detail: notes.joined(separator: "; "),
                    headers: [f.parameter, "Factor"], rows: f.table.entries.map { [$0.key, "× \($0.amount)"] }))
            case .perUnit(let p):
                let source = ([p.parameter] + p.fallbacks).joined(separator: ", else ")
                let counted: String
                switch (p.measure, p.itemField) {
                case (.characters, let field?): counted = "the characters of every \(field) in \(source)"
                case (.characters, nil): counted = "the characters of \(source)"
                case (.value, _): counted = unitOf(p.parameter).map { "the \($0.plural) of \(source)" } ?? source
                }
                var notes: [String] = []
                if p.unitSize != 1 || p.measure == .characters {
                    notes.append("in units of \(p.unitName ?? "\(p.unitSize)")" + (p.roundUnitsUp ? ", a started unit counting whole" : ""))
                }
                if let limits = p.limits { notes.append("counted \(limitsText(limits))") }
                if let w = p.whenAbsent { notes.append("taking \(w == "" || w == .array([]) ? "none" : w.plainText) when not given") }
                steps.append(RuleStep(title: "× \(counted)", detail: notes.joined(separator: "; ")))
            case .surcharge(let s):
                let unitName = s.unitName ?? unitOf(s.parameter)?.singular ?? "unit"
                var detail = "\(s.included) included"
                if let w = s.whenAbsent { detail += "; taking \(w.plainText) when not given" }
                steps.append(RuleStep(title: "+ \(tokens(s.ratePerUnit)) per \(unitName) of \(s.parameter) above \(s.included)", detail: detail))
            case .usage(let u):
                let q = QuantityUnit.of(u.quantity)
                var detail = "\(u.assumed) \(u.assumed == 1 ? q.singular : q.plural) assumed when the call does not measure it; a price request gives it as usage \(u.quantity.rawValue)"
                if let limits = u.limits { detail += "; counted \(limitsText(limits))" }
                steps.append(RuleStep(title: "× \(u.quantity.measured) in \(q.plural)", detail: detail))
            }
        }
        if let minimum = rule.minimumCharge {
            steps.append(RuleStep(title: "Minimum charge", detail: "\(tokens(minimum)): a smaller amount is raised to it before rounding"))
        }
        if let rounding = rule.rounding {
            steps.append(RuleStep(title: "Rounding", detail: "once, at the end: \(rounding.phrase)"))
        }
        return steps
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// "at least 1 and at most 4", "at most 10 when character_orientation is image, 30 when it is video".
    static func limitsText(_ l: QuantityLimits) -> String {
        var caps: [String] = []
        if let maximum = l.maximum { caps.append("\(maximum)") }
        if let by = l.maximumBy {
            caps.append(by.table.entries.map { "\($0.amount) when \(by.parameter) is \($0.key)" }.joined(separator: ", ")
                + (by.whenAbsent.map { " (\($0.plainText) when not given)" } ?? ""))
        }
        let floor = l.minimum.map { "at least \($0)" }
        let cap = caps.isEmpty ? nil : "at most " + caps.joined(separator: " and ")
        return [floor, cap].compactMap { $0 }.joined(separator: " and ")
    }
}
