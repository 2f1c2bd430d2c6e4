/// An ordered table from parameter values to amounts, as a price list writes it.
///
/// Keys are written as strings (`"5"`, `"1080p"`, `"true"`); a value matches its key whatever
/// its JSON type, so the integer `5` and the string `"5"` both find `"5"`. Lookups are
/// precomputed so that pricing does no string formatting.
public struct ValueTable: Sendable, Hashable {
    /// The entries in the order they were written (the order the site shows).
    public let entries: [(key: String, amount: ExactDecimal)]
    private let lookup: [ParameterValue: ExactDecimal]

    /// Creates a table from ordered entries. A later duplicate key replaces an earlier one.
    public init(_ entries: [(String, ExactDecimal)]) {
        var seen: [String: Int] = [:]
        var ordered: [(key: String, amount: ExactDecimal)] = []
        for (key, amount) in entries {
            if let i = seen[key] { ordered[i].amount = amount } else {
                seen[key] = ordered.count
                ordered.append((key, amount))
            }
        }
        self.entries = ordered
        var lookup: [ParameterValue: ExactDecimal] = [:]
        for (key, amount) in ordered {
            for alias in ValueTable.aliases(ofKey: key) where lookup[alias] == nil { lookup[alias] = amount }
        }
        for (key, amount) in ordered { lookup[.string(key)] = amount }
        self.lookup = lookup
    }

    /// The values a written key stands for: the string itself, the number it reads as, the
    /// boolean it names.
    static func aliases(ofKey key: String) -> [ParameterValue] {
        var result: [ParameterValue] = [.string(key)]
        if let n = ExactDecimal(key) { result.append(.number(n)) }
        if key == "true" { result.append(.bool(true)) }
        if key == "false" { result.append(.bool(false)) }
        return result
    }

    /// The amount for `value`, or `nil` when the table has no entry for it.
    @inlinable
    public func amount(for value: ParameterValue) -> ExactDecimal? {
        if let hit = lookupValue(value) { return hit }
        // A numeric string such as "5.0" finds the key "5".
        if case .string(let s) = value, let n = ExactDecimal(s) { return lookupValue(.number(n)) }
        return nil
    }

    @usableFromInline
    func lookupValue(_ value: ParameterValue) -> ExactDecimal? { lookup[value] }

    /// Whether `value` has an entry.
    public func contains(_ value: ParameterValue) -> Bool { amount(for: value) != nil }

    /// Whether the key written as `key` stands for `value`.
    public static func key(_ key: String, matches value: ParameterValue) -> Bool {
        if aliases(ofKey: key).contains(value) { return true }
        if case .string(let s) = value, let n = ExactDecimal(s) { return aliases(ofKey: key).contains(.number(n)) }
        return false
    }

    /// Tables are equal when their ordered entries are.
    public static func == (lhs: ValueTable, rhs: ValueTable) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.amount == $1.amount }
    }

    /// Hashes the ordered entries.
    public func hash(into hasher: inout Hasher) {
        for e in entries { hasher.combine(e.key); hasher.combine(e.amount) }
    }
}

extension ValueTable: ExpressibleByDictionaryLiteral {
    /// A table literal, in the order written: `["1": "1", "2": "1.16666"]`.
    public init(dictionaryLiteral elements: (String, ExactDecimal)...) {
        self.init(elements)
    }
}
