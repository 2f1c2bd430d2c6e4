/// A problem with a pricing rule when read against its model's schema.
public struct RuleIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// The rule cannot price some valid call (or prices on a parameter that never comes).
        case error
        /// The rule holds something dead or suspicious.
        case warning

        /// Errors sort first.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// How serious it is.
    public var severity: Severity
    /// The parameter concerned.
    public var parameter: String
    /// What is wrong, in words.
    public var message: String

    /// Creates an issue.
    public init(severity: Severity, parameter: String, message: String) {
        self.severity = severity
        self.parameter = parameter
        self.message = message
    }

    /// `error: duration: …`.
    public var description: String { "\(severity.rawValue): \(parameter): \(message)" }
}

extension PricingRule {
    /// Every problem of this rule against `schema` (SPEC's integrity rules): a factor naming a
    /// parameter the schema lacks; a table that misses an enum value and states no
    /// "otherwise" (error); a table key that is not an enum value (warning, dead entry); a
    /// per-unit factor on a non-numeric parameter; a unit size that cannot divide exactly.
    public func issues(against schema: InputSchema) -> [RuleIssue] {
        var issues: [RuleIssue] = []
        func checkTable(_ parameter: String, _ keys: [String], _ hasOtherwise: Bool, _ what: String) {
            guard let property = schema[parameter] else {
                issues.append(RuleIssue(severity: .error, parameter: parameter, message: "\(what) prices on '\(parameter)', which the schema does not have"))
                return
            }
            // A boolean's values are known without an enum: true and false.
            guard let allowed = property.allowedValues ?? (property.type == .boolean ? [true, false] : nil) else {
                if !hasOtherwise {
                    issues.append(RuleIssue(severity: .error, parameter: parameter, message: "\(what) on '\(parameter)', which has no enum, states no otherwise"))
                }
                return
            }
            let missing = allowed.filter { v in !keys.contains { ValueTable.key($0, matches: v) } }
            if !missing.isEmpty && !hasOtherwise {
                issues.append(RuleIssue(severity: .error, parameter: parameter, message: "\(what) misses enum value\(missing.count == 1 ? "" : "s") \(missing.map(\.displayText).joined(separator: ", ")) and states no otherwise"))
            }
            for key in keys where !allowed.contains(where: { ValueTable.key(key, matches: $0) }) {
                issues.append(RuleIssue(severity: .warning, parameter: parameter, message: "\(what) key '\(key)' is not one of the enum values (dead entry)"))
            }
        }
        if case .priceTable(let table) = basis {
            for (i, name) in table.parameters.enumerated() {
                checkTable(name, table.rows.compactMap { $0.keys.count > i ? $0.keys[i] : nil }, table.otherwise != nil, "price table")
            }
        }
        for factor in factors {
            switch factor {
            case .multiplier(let m):
                checkTable(m.parameter, m.table.entries.map(\.key), m.otherwise != nil, "multiplier table")
            case .perUnit(let p):
                for name in [p.parameter] + p.fallbacks {
                    guard let property = schema[name] else {
                        issues.append(RuleIssue(severity: .error, parameter: name, message: "per-unit factor on '\(name)', which the schema does not have"))
                        continue
                    }
                    issues += perUnitIssues(p, name, property)
                }
                if p.unitSize <= .zero || (!p.roundUnitsUp && ExactDecimal.one.divided(by: p.unitSize) == nil) {
                    issues.append(RuleIssue(severity: .error, parameter: p.parameter, message: "unit size \(p.unitSize) cannot divide every quantity exactly; round units up or use a size made of 2s and 5s"))
                }
                if let limits = p.limits {
                    issues += limitIssues(limits, owner: p.parameter)
                    if let by = limits.maximumBy { checkTable(by.parameter, by.table.entries.map(\.key), false, "cap table of \(p.parameter)") }
                }
            case .surcharge(let s):
                guard let property = schema[s.parameter] else {
                    issues.append(RuleIssue(severity: .error, parameter: s.parameter, message: "surcharge on '\(s.parameter)', which the schema does not have"))
                    continue
                }
                if ![.integer, .number].contains(property.type) && !(property.allowedValues?.allSatisfy { $0.numericValue != nil } ?? false) {
                    issues.append(RuleIssue(severity: .error, parameter: s.parameter, message: "surcharge on '\(s.parameter)', which is \(property.type.rawValue), not a number"))
                }
            case .usage(let u):
                if u.assumed <= .zero {
                    issues.append(RuleIssue(severity: .error, parameter: u.quantity.rawValue, message: "assumes \(u.assumed) \(u.quantity.unit)s; a usage quantity is above 0"))
                }
                if let limits = u.limits {
                    issues += limitIssues(limits, owner: u.quantity.rawValue)
                    if let by = limits.maximumBy { checkTable(by.parameter, by.table.entries.map(\.key), false, "cap table of \(u.quantity.rawValue)") }
                }
            }
        }
        if case .rate(let rate) = basis, rate <= .zero {
            issues.append(RuleIssue(severity: .error, parameter: "basis", message: "a rate of \(rate) would price calls at or below 0"))
        }
        return issues
    }

    /// What is wrong with counting `name` (the factor's parameter or a fallback) per unit.
    private func perUnitIssues(_ p: PerUnitFactor, _ name: String, _ property: SchemaProperty) -> [RuleIssue] {
        var issues: [RuleIssue] = []
        switch (p.measure, p.itemField) {
        case (.value, _):
            if ![.integer, .number].contains(property.type) && !(property.allowedValues?.allSatisfy { $0.numericValue != nil } ?? false) {
                issues.append(RuleIssue(severity: .error, parameter: name, message: "per-unit factor on '\(name)', which is \(property.type.rawValue), not a number"))
            }
        case (.characters, nil):
            if property.type != .string {
                issues.append(RuleIssue(severity: .error, parameter: name, message: "per-character factor on '\(name)', which is not text"))
            }
        case (.characters, let field?):
            if property.type != .array {
                issues.append(RuleIssue(severity: .error, parameter: name, message: "counts the characters of '\(field)' in each item of '\(name)', which is not a list"))
            } else if let items = property.items, !items.properties.isEmpty {
                if let f = items.properties.first(where: { $0.name == field }) {
                    if f.type != .string {
                        issues.append(RuleIssue(severity: .error, parameter: name, message: "counts the characters of '\(field)', which is \(f.type.rawValue) in the items of '\(name)', not text"))
                    }
                } else {
                    issues.append(RuleIssue(severity: .error, parameter: name, message: "counts the characters of '\(field)', which the items of '\(name)' do not have"))
                }
            }
        }
        return issues
    }

    /// What is wrong with limits: a floor above a cap (the cap table is checked like any table).
    private func limitIssues(_ limits: QuantityLimits, owner: String) -> [RuleIssue] {
        var issues: [RuleIssue] = []
        let caps = [limits.maximum].compactMap { $0 } + (limits.maximumBy?.table.entries.map(\.amount) ?? [])
        if let minimum = limits.minimum, let low = caps.min(), low < minimum {
            issues.append(RuleIssue(severity: .error, parameter: owner, message: "its floor \(minimum) is above its cap \(low)"))
        }
        return issues
    }
}
