/// One line of a price's breakdown: what was applied, because of which value, and the
/// running amount after it.
public struct PriceLineItem: Sendable, Hashable, Codable {
    /// What the line stands for.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The model's base token cost.
        case base
        /// An absolute price read from a price table.
        case priceTable
        /// A multiplier chosen by a parameter's value.
        case multiplier
        /// A rate times a number of units.
        case perUnit
        /// A linear surcharge added.
        case surcharge
        /// A measured usage quantity (a duration) multiplied in.
        case usage
        /// The minimum charge raised the amount.
        case minimumCharge
        /// The one rounding step.
        case rounding
    }

    /// What the line stands for.
    public var kind: Kind
    /// A short sentence: `nVariants = 2 → × 1.16666`.
    public var label: String
    /// The parameter that chose this line, if any.
    public var parameter: String?
    /// The usage quantity this line multiplies by (`audioDurationSeconds`), for `usage` lines.
    public var usage: String?
    /// The value that chose it (the call's, or the rule's assumption when absent).
    public var value: ParameterValue?
    /// Whether `value` is the rule's assumption because the call did not give the parameter
    /// (or the usage quantity).
    public var valueAssumed: Bool
    /// The multiplier applied, for multiplicative lines.
    public var factor: ExactDecimal?
    /// The amount added, for additive lines.
    public var added: ExactDecimal?
    /// The running amount after this line.
    public var subtotal: ExactDecimal

    /// Creates a line item.
    public init(
        kind: Kind, label: String, parameter: String? = nil, usage: String? = nil, value: ParameterValue? = nil,
        valueAssumed: Bool = false, factor: ExactDecimal? = nil, added: ExactDecimal? = nil, subtotal: ExactDecimal
    ) {
        self.kind = kind
        self.label = label
        self.parameter = parameter
        self.usage = usage
        self.value = value
        self.valueAssumed = valueAssumed
        self.factor = factor
        self.added = added
        self.subtotal = subtotal
    }
}

/// The price of one model call with its breakdown.
public struct PriceQuote: Sendable, Hashable, Codable {
    /// The model priced.
    public var modelRecordId: String
    /// The amount charged, after rounding.
    public var total: ExactDecimal
    /// The amount before the rounding step (equal to `total` when the rule does not round).
    public var unrounded: ExactDecimal
    /// The breakdown, in the order applied.
    public var lineItems: [PriceLineItem]

    /// Creates a quote.
    public init(modelRecordId: String, total: ExactDecimal, unrounded: ExactDecimal, lineItems: [PriceLineItem]) {
        self.modelRecordId = modelRecordId
        self.total = total
        self.unrounded = unrounded
        self.lineItems = lineItems
    }
}
