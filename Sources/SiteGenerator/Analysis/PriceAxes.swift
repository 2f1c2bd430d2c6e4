import ModelRegistry
import TokenPricing

/// One parameter the price moves with, and the values the site prices it at: the axes of
/// TokenPricing's `PriceMatrix`, so the site and the price lockfile price the same points.
typealias PriceAxis = PriceMatrix.Axis

/// What the site knows about one model's price: the axes, the price of each combination of
/// their values, the range, the price at defaults. Priced once per model, with the registry's
/// `PricedModel`; the model page's matrices and `api/pricing.json` read these prices instead
/// of pricing again.
struct ModelPricing: Sendable {
    /// The axes, in the rule's order (parameters the schema has).
    var axes: [PriceAxis]
    /// Priced parameters the schema lacks: their factors never apply.
    var missingParameters: [String]
    /// Priced parameters whose values cannot be listed (free text priced per character).
    var unlistedParameters: [String]
    /// The lowest price over the combinations priced, if any priced.
    var min: ExactDecimal?
    /// The highest.
    var max: ExactDecimal?
    /// Combinations priced.
    var combinationsPriced: Int
    /// Combinations there are (may exceed the cap).
    var combinationsTotal: Int
    /// Combinations that failed to price, with the first error.
    var failures: Int
    var firstFailure: String?
    /// The price with the schema defaults of the priced parameters.
    var atDefaults: ExactDecimal?
    var atDefaultsError: String?
    /// The priced parameters' defaults (absent when none), which combinations start from.
    var base: [String: ParameterValue]
    /// The price of each of the first `combinationsPriced` combinations, in
    /// `forEachCombination` order; `nil` where pricing failed (`price(_:with:)` says why).
    var prices: [ExactDecimal?]

    /// Whether the range covers every value of every priced parameter.
    var isRangeComplete: Bool {
        combinationsPriced == combinationsTotal && axes.allSatisfy(\.isComplete) && unlistedParameters.isEmpty
    }

    /// The price-moving parameters at their defaults (absent when they have none).
    var defaultParameters: [String: ParameterValue] {
        var p: [String: ParameterValue] = [:]
        for axis in axes { if let d = axis.defaultValue { p[axis.name] = d } }
        return p
    }

    init(priced: PricedModel, cap: Int) {
        let matrix = PriceMatrix(model: priced)
        self.axes = matrix.axes
        self.missingParameters = matrix.missingParameters
        self.unlistedParameters = matrix.unlistedParameters
        let base = matrix.base
        do {
            atDefaults = try priced.total(base)
            atDefaultsError = nil
        } catch {
            atDefaults = nil
            atDefaultsError = error.description
        }

        let total = matrix.pointCount
        combinationsTotal = total
        var lo: ExactDecimal?, hi: ExactDecimal?
        var failures = 0
        var firstFailure: String?
        let limit = Swift.min(total, cap)
        var prices: [ExactDecimal?] = []
        prices.reserveCapacity(limit)
        matrix.forEachPoint(limit: limit) { params in
            do {
                let price = try priced.total(params)
                if lo == nil || price < lo! { lo = price }
                if hi == nil || price > hi! { hi = price }
                prices.append(price)
            } catch {
                failures += 1
                if firstFailure == nil { firstFailure = "\(error)" }
                prices.append(nil)
            }
        }
        self.prices = prices
        self.base = base
        self.min = lo
        self.max = hi
        self.combinationsPriced = limit
        self.failures = failures
        self.firstFailure = firstFailure
    }

    /// The price of `params`: read from `prices` when `params` is one of the combinations
    /// priced, else priced now with `model` (which must be the model these prices are of).
    /// A failed combination is priced again, only to say why.
    func price(_ params: [String: ParameterValue], with model: PricedModel) -> Result<ExactDecimal, PricingError> {
        if let k = combinationIndex(params), let price = prices[k] { return .success(price) }
        do { return .success(try model.total(params)) } catch { return .failure(error) }
    }

    /// The index in `prices` of `params`, when it is a combination priced: every axis has one
    /// of its values and every other parameter is at `base`.
    func combinationIndex(_ params: [String: ParameterValue]) -> Int? {
        guard params.count == base.count + axes.filter({ base[$0.name] == nil }).count else { return nil }
        var index = 0
        for axis in axes {
            guard let value = params[axis.name], let i = axis.values.firstIndex(of: value) else { return nil }
            let (product, overflow) = index.multipliedReportingOverflow(by: axis.values.count)
            if overflow { return nil }
            index = product + i
        }
        for (name, value) in base where params[name] != value && !axes.contains(where: { $0.name == name }) { return nil }
        return index < prices.count ? index : nil
    }
}
