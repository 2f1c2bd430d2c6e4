import ModelRegistry
import Testing
import TokenPricing

/// Every model's fast paths (the dictionary call, the prepared call, and the whole-price
/// table a rule over enum values compiles to) against the general evaluator of `quote`, at
/// every point of the model's price matrix: the same total, or the same error.
@Suite("Fast paths over the registry")
struct FastPathRegistryTests {
    @Test("total and a prepared call equal the quote at every matrix point", arguments: ModelRegistry.standard.models)
    func agreeWithQuote(_ model: ModelDefinition) throws {
        let priced = model.priced
        var points = 0
        PriceMatrix(model: priced).forEachPoint(limit: 20_000) { parameters in
            points += 1
            let names = parameters.keys.sorted()
            let general = Result { () throws(PricingError) in try priced.quote(parameters).total }
            let dictionary = Result { () throws(PricingError) in try priced.total(parameters) }
            let prepared = Result { () throws(PricingError) in
                try priced.prepare(parameterNames: names).total(names.map { parameters[$0]! })
            }
            for (path, fast) in [("total", dictionary), ("prepared", prepared)] {
                switch (fast, general) {
                case let (.success(a), .success(b)):
                    #expect(a == b, "\(path) at \(parameters)")
                case let (.failure(a), .failure(b)):
                    #expect(a == b, "\(path) at \(parameters)")
                default:
                    Issue.record("\(path) \(fast) but quote \(general) at \(parameters)")
                }
            }
        }
        #expect(points > 0)
    }
}
