/// The points a model is priced at to show (or lock) how its price moves: one axis per priced
/// parameter the schema has, each with the values worth pricing, combined in odometer order
/// (the last axis turns fastest) over the priced parameters' defaults.
///
/// The values of an axis: the enum, both booleans, every integer of a range of at most 21,
/// or else the minimum, default and maximum of a number. A free text priced per character
/// has no listable values: it is left out of the matrix (`unlistedParameters`). The same
/// sampling as the site's price axes, so the lockfile and the site price the same points.
public struct PriceMatrix: Sendable, Hashable {
    /// One parameter the price moves with, and the values it is priced at.
    public struct Axis: Sendable, Hashable {
        /// The parameter's name.
        public var name: String
        /// The values priced.
        public var values: [ParameterValue]
        /// Whether `values` are all the values the parameter can take.
        public var isComplete: Bool
        /// The schema default, if any.
        public var defaultValue: ParameterValue?
    }

    /// The axes, in the rule's order.
    public let axes: [Axis]
    /// Priced parameters the schema lacks: their factors never apply.
    public let missingParameters: [String]
    /// Priced parameters whose values cannot be listed (free text priced per character).
    public let unlistedParameters: [String]
    /// The priced parameters' defaults (absent when they have none): the price "at defaults",
    /// and what every point starts from.
    public let base: [String: ParameterValue]

    /// The matrix of `model`.
    public init(model: PricedModel) {
        var axes: [Axis] = []
        var missing: [String] = []
        var unlisted: [String] = []
        var base: [String: ParameterValue] = [:]
        for name in model.rule.pricedParameters {
            guard let property = model.schema[name] else { missing.append(name); continue }
            if let d = property.defaultValue { base[name] = d }
            let (values, complete) = Self.sampleValues(property)
            if values.isEmpty { unlisted.append(name); continue }
            axes.append(Axis(name: name, values: values, isComplete: complete, defaultValue: property.defaultValue))
        }
        self.axes = axes
        self.missingParameters = missing
        self.unlistedParameters = unlisted
        self.base = base
    }

    /// How many points the matrix has (saturating at `Int.max`); 1 when it has no axis.
    public var pointCount: Int {
        var total = 1
        for axis in axes {
            let (product, overflow) = total.multipliedReportingOverflow(by: axis.values.count)
            total = overflow ? Int.max : product
        }
        return total
    }

    /// Whether the points cover every value of every priced parameter.
    public var isComplete: Bool { axes.allSatisfy(\.isComplete) && unlistedParameters.isEmpty }

    /// Calls `body` with the parameters of the first `limit` points, in odometer order.
    public func forEachPoint(limit: Int, _ body: ([String: ParameterValue]) -> Void) {
        var index = [Int](repeating: 0, count: axes.count)
        var params = base
        for _ in 0..<Swift.min(limit, pointCount) {
            for (i, axis) in axes.enumerated() { params[axis.name] = axis.values[index[i]] }
            body(params)
            var k = axes.count - 1
            while k >= 0 {
                index[k] += 1
                if index[k] < axes[k].values.count { break }
                index[k] = 0
                k -= 1
            }
        }
    }

    /// The values to price a parameter at, and whether they are all its values.
    public static func sampleValues(_ p: SchemaProperty) -> ([ParameterValue], Bool) {
        if let allowed = p.allowedValues, !allowed.isEmpty { return (allowed, true) }
        if p.type == .boolean { return ([.bool(false), .bool(true)], true) }
        if p.type == .integer || p.type == .number {
            if p.type == .integer, let lo = p.minimum?.intValue, let hi = p.maximum?.intValue, hi >= lo, hi - lo <= 20 {
                return ((lo...hi).map { .number(ExactDecimal($0)) }, true)
            }
            var values: [ExactDecimal] = []
            if let lo = p.minimum { values.append(lo) }
            if let d = p.defaultValue?.numericValue { values.append(d) }
            if let hi = p.maximum { values.append(hi) }
            let unique = Array(Set(values)).sorted()
            return (unique.map { .number($0) }, false)
        }
        if let d = p.defaultValue { return ([d], false) }
        return ([], false)
    }
}
