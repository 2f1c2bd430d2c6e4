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
        func checkTable(parameter: String, keys: [String], hasOtherwise: Bool, what: String) {
            guard let property = schema[parameter] else {
                issues.append(RuleIssue(severity: .error, parameter: parameter, message: "\(what) prices on '\(parameter)', which the schema does not have"))
                return
            }
            guard let allowed = property.allowedValues else {
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
                checkTable(parameter: name, keys: table.rows.compactMap { $0.keys.count > i ? $0.keys[i] : nil }, hasOtherwise: table.otherwise != nil, what: "price table")
            }
        }
        for factor in factors {
            switch factor {
            case .multiplier(let m):
                checkTable(parameter: m.parameter, keys: m.table.entries.map(\.key), hasOtherwise: m.otherwise != nil, what: "multiplier table")
            case .perUnit(let p):
                guard let property = schema[p.parameter] else {
                    issues.append(RuleIssue(severity: .error, parameter: p.parameter, message: "per-unit factor on '\(p.parameter)', which the schema does not have"))
                    continue
                }
                if p.measure == .value && ![.integer, .number].contains(property.type) && !(property.allowedValues?.allSatisfy { $0.numericValue != nil } ?? false) {
                    issues.append(RuleIssue(severity: .error, parameter: p.parameter, message: "per-unit factor on '\(p.parameter)', which is \(property.type.rawValue), not a number"))
                }
                if p.measure == .characters && property.type != .string {
                    issues.append(RuleIssue(severity: .error, parameter: p.parameter, message: "per-character factor on '\(p.parameter)', which is not text"))
                }
                if p.unitSize <= .zero || (!p.roundUnitsUp && ExactDecimal.one.divided(by: p.unitSize) == nil) {
                    issues.append(RuleIssue(severity: .error, parameter: p.parameter, message: "unit size \(p.unitSize) cannot divide every quantity exactly; round units up or use a size made of 2s and 5s"))
                }
            case .surcharge(let s):
                guard let property = schema[s.parameter] else {
                    issues.append(RuleIssue(severity: .error, parameter: s.parameter, message: "surcharge on '\(s.parameter)', which the schema does not have"))
                    continue
                }
                if ![.integer, .number].contains(property.type) && !(property.allowedValues?.allSatisfy { $0.numericValue != nil } ?? false) {
                    issues.append(RuleIssue(severity: .error, parameter: s.parameter, message: "surcharge on '\(s.parameter)', which is \(property.type.rawValue), not a number"))
                }
            }
        }
        return issues
    }
}
