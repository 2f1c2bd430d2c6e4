/// One step that turns the running amount of a price into the next: a multiplier looked up
/// by a parameter's value, a rate per unit of a parameter, a linear surcharge, or a measured
/// usage quantity. Factors apply in the order the rule lists them.
public enum PriceFactor: Sendable, Hashable {
    /// Multiply by the table's factor for the parameter's value.
    case multiplier(MultiplierFactor)
    /// Multiply by the parameter's quantity in units (seconds, images, 1,000 characters…).
    case perUnit(PerUnitFactor)
    /// Add a rate for every unit of the parameter above an included amount.
    case surcharge(LinearSurcharge)
    /// Multiply by a measured quantity the call passes beside its parameters (a duration).
    case usage(UsageFactor)

    /// The parameter this factor reads first; for a usage factor, the usage quantity's name
    /// (which is not a parameter: see `readParameters`).
    public var parameter: String {
        switch self {
        case .multiplier(let f): return f.parameter
        case .perUnit(let f): return f.parameter
        case .surcharge(let f): return f.parameter
        case .usage(let f): return f.quantity.rawValue
        }
    }

    /// Every parameter of the schema this factor reads, in order: its parameter, the
    /// fallbacks, and the parameter a cap depends on.
    public var readParameters: [String] {
        switch self {
        case .multiplier(let f): return [f.parameter]
        case .perUnit(let f): return [f.parameter] + f.fallbacks + (f.limits?.parameter.map { [$0] } ?? [])
        case .surcharge(let f): return [f.parameter]
        case .usage(let f): return f.limits?.parameter.map { [$0] } ?? []
        }
    }

    /// A multiplier table on `parameter`.
    public static func multiplier(
        _ parameter: String, _ table: ValueTable, whenAbsent: ParameterValue? = nil, otherwise: ExactDecimal? = nil
    ) -> PriceFactor {
        .multiplier(MultiplierFactor(parameter: parameter, table: table, whenAbsent: whenAbsent, otherwise: otherwise))
    }

    /// A per-unit rate on `parameter`.
    public static func perUnit(
        _ parameter: String, fallbacks: [String] = [], measure: PerUnitFactor.Measure = .value, itemField: String? = nil,
        unitSize: ExactDecimal = 1, roundUnitsUp: Bool = false, unitName: String? = nil, whenAbsent: ParameterValue? = nil,
        limits: QuantityLimits? = nil
    ) -> PriceFactor {
        .perUnit(PerUnitFactor(
            parameter: parameter, fallbacks: fallbacks, measure: measure, itemField: itemField, unitSize: unitSize,
            roundUnitsUp: roundUnitsUp, unitName: unitName, whenAbsent: whenAbsent, limits: limits))
    }

    /// A factor on a measured usage quantity, assuming `assumed` when the call does not give it.
    public static func usage(_ quantity: UsageQuantity, assumed: ExactDecimal, limits: QuantityLimits? = nil) -> PriceFactor {
        .usage(UsageFactor(quantity: quantity, assumed: assumed, limits: limits))
    }

    /// A linear surcharge on `parameter`.
    public static func surcharge(
        _ parameter: String, included: ExactDecimal, ratePerUnit: ExactDecimal, unitName: String? = nil,
        whenAbsent: ParameterValue? = nil
    ) -> PriceFactor {
        .surcharge(LinearSurcharge(
            parameter: parameter, included: included, ratePerUnit: ratePerUnit, unitName: unitName, whenAbsent: whenAbsent))
    }
}

/// Multiply by a factor chosen by a parameter's value.
public struct MultiplierFactor: Sendable, Hashable {
    /// The parameter whose value chooses the factor.
    public var parameter: String
    /// Value → factor.
    public var table: ValueTable
    /// The value assumed when the call does not give the parameter; `nil` means the factor
    /// is 1 when the parameter is absent.
    public var whenAbsent: ParameterValue?
    /// The factor for a value the table does not list; `nil` makes such a value an error.
    public var otherwise: ExactDecimal?

    /// Creates a multiplier factor.
    public init(parameter: String, table: ValueTable, whenAbsent: ParameterValue? = nil, otherwise: ExactDecimal? = nil) {
        self.parameter = parameter
        self.table = table
        self.whenAbsent = whenAbsent
        self.otherwise = otherwise
    }
}

/// Multiply by how many units a parameter amounts to: `quantity / unitSize`, optionally
/// rounded up to whole units (per started 1,000 characters), after optional limits.
public struct PerUnitFactor: Sendable, Hashable {
    /// What is counted.
    public enum Measure: String, Sendable, Hashable, Codable {
        /// The parameter's numeric value (seconds, number of images).
        case value
        /// The number of characters of a text parameter.
        case characters
    }

    /// The parameter that is counted.
    public var parameter: String
    /// Parameters read, in order, when `parameter` is not given or empty ("`text`, else
    /// `prompt`"): the first given and non-empty one counts.
    public var fallbacks: [String]
    /// What is counted.
    public var measure: Measure
    /// For `.characters` of an array of objects: the field whose characters are summed over
    /// the items (the `text` of each dialogue line).
    public var itemField: String?
    /// How much of the measure makes one unit (1 second, 1,000 characters, 5 seconds).
    public var unitSize: ExactDecimal
    /// Whether a started unit counts as a whole one.
    public var roundUnitsUp: Bool
    /// The unit's name for explanations ("second", "image", "1,000 characters").
    public var unitName: String?
    /// The value assumed when the call does not give the parameter; `nil` means the factor is 1.
    public var whenAbsent: ParameterValue?
    /// The floor and cap applied to the quantity before it is divided into units.
    public var limits: QuantityLimits?

    /// Creates a per-unit factor.
    public init(
        parameter: String, fallbacks: [String] = [], measure: Measure = .value, itemField: String? = nil,
        unitSize: ExactDecimal = 1, roundUnitsUp: Bool = false, unitName: String? = nil, whenAbsent: ParameterValue? = nil,
        limits: QuantityLimits? = nil
    ) {
        self.parameter = parameter
        self.fallbacks = fallbacks
        self.measure = measure
        self.itemField = itemField
        self.limits = limits
        self.unitSize = unitSize
        self.roundUnitsUp = roundUnitsUp
        self.unitName = unitName
        self.whenAbsent = whenAbsent
    }
}

/// Add `ratePerUnit` tokens for every unit of a parameter above `included`: "5 seconds
/// included, 2 tokens per extra second".
public struct LinearSurcharge: Sendable, Hashable {
    /// The parameter that is measured.
    public var parameter: String
    /// The amount included in the price so far.
    public var included: ExactDecimal
    /// Tokens added per unit above `included`.
    public var ratePerUnit: ExactDecimal
    /// The unit's name for explanations.
    public var unitName: String?
    /// The value assumed when the call does not give the parameter; `nil` means nothing is added.
    public var whenAbsent: ParameterValue?

    /// Creates a surcharge.
    public init(parameter: String, included: ExactDecimal, ratePerUnit: ExactDecimal, unitName: String? = nil, whenAbsent: ParameterValue? = nil) {
        self.parameter = parameter
        self.included = included
        self.ratePerUnit = ratePerUnit
        self.unitName = unitName
        self.whenAbsent = whenAbsent
    }
}
