import TokenPricing

/// One model in the price lockfile: what it is, what its price depends on, and what it costs
/// at its defaults, over its range and at each point of its price matrix.
public struct PriceLockEntry: Sendable, Hashable {
    /// The registry entry's unique id.
    public var recordId: String
    /// The display name, for messages and the history.
    public var name: String
    /// The config field the price starts from.
    public var baseTokenCost: ExactDecimal
    /// The pricing rule.
    public var rule: PricingRule
    /// The schema properties of the priced parameters, with only what can change a price
    /// (type, default, enum, bounds, length).
    public var pricedInputs: [SchemaProperty]
    /// The price at the priced parameters' defaults; `nil` when it cannot be priced.
    public var atDefaults: ExactDecimal?
    /// The lowest price over the matrix (its first `PriceLock.rangeLimit` points).
    public var min: ExactDecimal?
    /// The highest.
    public var max: ExactDecimal?
    /// How many points the whole matrix has (`PriceMatrix.pointCount`).
    public var pointCount: Int
    /// Whether the matrix covers every value of every priced parameter.
    public var isComplete: Bool
    /// The first `PriceLock.pointLimit` points, in odometer order.
    public var points: [PriceLockPoint]

    /// Creates an entry from its fields.
    public init(
        recordId: String, name: String, baseTokenCost: ExactDecimal, rule: PricingRule, pricedInputs: [SchemaProperty],
        atDefaults: ExactDecimal?, min: ExactDecimal?, max: ExactDecimal?, pointCount: Int, isComplete: Bool, points: [PriceLockPoint]
    ) {
        self.recordId = recordId
        self.name = name
        self.baseTokenCost = baseTokenCost
        self.rule = rule
        self.pricedInputs = pricedInputs
        self.atDefaults = atDefaults
        self.min = min
        self.max = max
        self.pointCount = pointCount
        self.isComplete = isComplete
        self.points = points
    }

    /// The entry of `model`, pricing its matrix.
    /// - Parameters:
    ///   - pointLimit: how many points are listed.
    ///   - rangeLimit: how many points `min` and `max` are taken over.
    public init(model: PricedModel, pointLimit: Int, rangeLimit: Int) {
        let matrix = PriceMatrix(model: model)
        var inputs: [SchemaProperty] = []
        for name in model.rule.pricedParameters {
            guard let p = model.schema[name] else { continue }
            inputs.append(SchemaProperty(
                p.name, type: p.type, default: p.defaultValue, enum: p.allowedValues, minimum: p.minimum, maximum: p.maximum,
                maxLength: p.maxLength))
        }
        var points: [PriceLockPoint] = []
        var lo: ExactDecimal?, hi: ExactDecimal?
        var index = 0
        matrix.forEachPoint(limit: Swift.max(pointLimit, rangeLimit)) { parameters in
            let total = try? model.total(parameters)
            if index < rangeLimit, let total {
                if lo == nil || total < lo! { lo = total }
                if hi == nil || total > hi! { hi = total }
            }
            if index < pointLimit { points.append(PriceLockPoint(parameters: parameters, total: total)) }
            index += 1
        }
        self.init(
            recordId: model.recordId, name: model.name, baseTokenCost: model.baseTokenCost, rule: model.rule, pricedInputs: inputs,
            atDefaults: try? model.total(matrix.base), min: lo, max: hi, pointCount: matrix.pointCount,
            isComplete: matrix.isComplete, points: points)
    }

    /// Whether the two entries price alike: same prices at defaults, min, max and every
    /// listed point (identity, rule and inputs may differ).
    public func pricesEqual(_ other: PriceLockEntry) -> Bool {
        atDefaults == other.atDefaults && min == other.min && max == other.max && points == other.points
    }
}

/// One point of a model's price matrix: the priced parameters' values and the price there
/// (`nil` when the point cannot be priced).
public struct PriceLockPoint: Sendable, Hashable {
    /// The priced parameters' values at this point.
    public var parameters: [String: ParameterValue]
    /// The price; `nil` when pricing fails there.
    public var total: ExactDecimal?

    /// Creates a point.
    public init(parameters: [String: ParameterValue], total: ExactDecimal?) {
        self.parameters = parameters
        self.total = total
    }

    /// The parameters as one line of text (`duration = "10", mode = "pro"`), sorted by name:
    /// how points are matched between two locks and named in messages.
    public var label: String {
        parameters.keys.sorted().map { "\($0) = \(parameters[$0]!.displayText)" }.joined(separator: ", ")
    }
}
