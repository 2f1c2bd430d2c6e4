/// A floor and a cap on a quantity before it is priced: "at most 15 seconds", "between 1 and
/// 4 images", or a cap chosen by another parameter ("at most 10 s when the character comes
/// from an image, 30 s from a video").
public struct QuantityLimits: Sendable, Hashable {
    /// The least quantity priced.
    public var minimum: ExactDecimal?
    /// The most quantity priced.
    public var maximum: ExactDecimal?
    /// A cap read from another parameter's value; with `maximum` too, the lower cap wins.
    public var maximumBy: LimitTable?

    /// Creates limits.
    public init(minimum: ExactDecimal? = nil, maximum: ExactDecimal? = nil, maximumBy: LimitTable? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.maximumBy = maximumBy
    }

    /// The parameter the cap depends on, if any.
    public var parameter: String? { maximumBy?.parameter }
}

/// A cap chosen by a parameter's value.
public struct LimitTable: Sendable, Hashable {
    /// The parameter whose value chooses the cap.
    public var parameter: String
    /// Value → cap.
    public var table: ValueTable
    /// The value assumed when the call does not give the parameter; `nil` leaves the quantity
    /// uncapped by this table then.
    public var whenAbsent: ParameterValue?

    /// Creates a cap table.
    public init(_ parameter: String, _ table: ValueTable, whenAbsent: ParameterValue? = nil) {
        self.parameter = parameter
        self.table = table
        self.whenAbsent = whenAbsent
    }
}

/// What applying limits did, for the breakdown.
struct LimitedQuantity {
    /// The quantity after the limits.
    var value: ExactDecimal
    /// "capped at 15", "raised to 3", or `nil` when the limits did not change it.
    var note: String?
}

extension QuantityLimits {
    /// `quantity` with the cap applied first, then the floor (`max(min(q, cap), floor)`, the
    /// platform's order); `nil` when the cap table has no entry for the parameter's value.
    func apply(to quantity: ExactDecimal, parameters: [String: ParameterValue]) -> LimitedQuantity? {
        var cap = maximum
        if let by = maximumBy, let v = parameters[by.parameter] ?? by.whenAbsent {
            guard let c = by.table.amount(for: v) else { return nil }
            cap = cap.map { Swift.min($0, c) } ?? c
        }
        var q = quantity
        var note: String?
        if let cap, q > cap { q = cap; note = "capped at \(cap)" }
        if let minimum, q < minimum { q = minimum; note = "raised to \(minimum)" }
        return LimitedQuantity(value: q, note: note)
    }

    /// The limits in words: "at most 15", "at least 3 and at most 10 when character_orientation
    /// is image or 30 when character_orientation is video".
    var phrase: String {
        var caps: [String] = []
        if let maximum { caps.append("\(maximum)") }
        if let by = maximumBy {
            caps.append(by.table.entries.map { "\($0.amount) when \(by.parameter) is \($0.key)" }.joined(separator: " or "))
        }
        switch (minimum, caps.isEmpty) {
        case (let lo?, false): return "at least \(lo) and at most \(caps.joined(separator: ", and "))"
        case (let lo?, true): return "at least \(lo)"
        case (nil, false): return "at most \(caps.joined(separator: ", and "))"
        case (nil, true): return "unlimited"
        }
    }
}
