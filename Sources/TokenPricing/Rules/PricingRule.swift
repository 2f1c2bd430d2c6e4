/// How a model's price is computed from its base cost and a call's parameters.
///
/// The order is fixed and documented (Docs/PRICING.md): start from the basis (the model's
/// `baseTokenCost`, or an absolute price table), apply each factor in the order listed, raise
/// to the minimum charge, then round once.
public struct PricingRule: Sendable, Hashable {
    /// Where the price starts.
    public var basis: PriceBasis
    /// The factors, applied in order.
    public var factors: [PriceFactor]
    /// The least a call costs, applied before rounding.
    public var minimumCharge: ExactDecimal?
    /// The one rounding step, or `nil` for none (the exact amount is charged).
    public var rounding: RoundingRule?

    /// Creates a rule.
    public init(
        basis: PriceBasis = .baseTokenCost, factors: [PriceFactor] = [], minimumCharge: ExactDecimal? = nil,
        rounding: RoundingRule? = nil
    ) {
        self.basis = basis
        self.factors = factors
        self.minimumCharge = minimumCharge
        self.rounding = rounding
    }

    /// The flat rule: the base cost, whatever the parameters.
    public static let flat = PricingRule()

    /// Every parameter the price depends on, in the order the rule reads them, without repeats.
    public var pricedParameters: [String] {
        var names: [String] = []
        if case .priceTable(let t) = basis { names += t.parameters }
        names += factors.flatMap(\.readParameters)
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Whether `CompiledPricing`'s fast path models this rule against `schema`: a base-cost
    /// or rate basis, or a price table over parameters that all have an enum (its prices are
    /// tabulated by enum index); multipliers and surcharges; per-unit factors without
    /// fallbacks or item fields, limited by fixed bounds only; usage factors (a bulk `total`
    /// gives no usage, so each is a multiplier by its limited assumption), whose cap table,
    /// if any, reads a parameter with an enum. Other rules are priced by the general
    /// evaluator only.
    func fastPathModels(_ schema: InputSchema) -> Bool {
        func hasEnum(_ name: String) -> Bool { schema[name]?.fastPathEnum() != nil }
        switch basis {
        case .baseTokenCost, .rate: break
        case .priceTable(let t): guard t.parameters.allSatisfy(hasEnum) else { return false }
        }
        return factors.allSatisfy {
            switch $0 {
            case .multiplier, .surcharge: return true
            case .perUnit(let p): return p.fallbacks.isEmpty && p.itemField == nil && p.limits?.maximumBy == nil
            case .usage(let u): return u.limits?.maximumBy.map { hasEnum($0.parameter) } ?? true
            }
        }
    }

    /// The rule's usage factors, in order.
    public var usageFactors: [UsageFactor] {
        factors.compactMap { if case .usage(let u) = $0 { u } else { nil } }
    }

    /// The measured quantities the price depends on, in the order the rule reads them.
    public var usageQuantities: [UsageQuantity] {
        var seen = Set<UsageQuantity>()
        return usageFactors.map(\.quantity).filter { seen.insert($0).inserted }
    }
}

/// Where a price starts.
public enum PriceBasis: Sendable, Hashable {
    /// The model's `baseTokenCost`.
    case baseTokenCost
    /// An absolute price read from a table over one or more parameters.
    case priceTable(PriceTable)
    /// A fixed per-unit rate that differs from the base cost ("0.1 tokens per second" for a
    /// model whose base cost is 1): the factors that follow multiply it by the quantity.
    case rate(ExactDecimal)
}
