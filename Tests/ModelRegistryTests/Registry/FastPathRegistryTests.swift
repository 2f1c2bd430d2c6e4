import ModelRegistry
import Testing
import TokenPricing

/// Every model's fast paths (the dictionary call, the prepared call, and the whole-price
/// table a rule over enum values compiles to) against the general evaluator of `quote`, at
/// every point of the model's price matrix: the same total, or the same error.
@Suite("Fast paths over the registry")
struct FastPathRegistryTests {
    /// The dictionary call and the prepared call of `parameters` give `quote`'s total, or
    /// its error.
    static func expectFastPathsAgree(_ priced: PricedModel, _ parameters: [String: ParameterValue]) {
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

    @Test("total and a prepared call equal the quote at every matrix point", arguments: ModelRegistry.standard.models)
    func agreeWithQuote(_ model: ModelDefinition) throws {
        let priced = model.priced
        var points = 0
        PriceMatrix(model: priced).forEachPoint(limit: 20_000) { parameters in
            points += 1
            Self.expectFastPathsAgree(priced, parameters)
        }
        #expect(points > 0)
    }
}

/// Random calls over every model: any subset of the schema's parameters, each given a value
/// that is often wrong (another type, off the enum, a number at another scale, `null`, an
/// object). The dictionary's fast path, the prepared call and `quote` must give the same
/// total or the same error: a fast path that accepted a bad value would price it silently.
/// About a quarter of the 8,400 calls price (2,142 when this was written); the rest are
/// refused, each with the evaluator's error.
@Suite("Fast paths over the registry, random calls")
struct FastPathRandomCallTests {
    /// A fixed linear congruential sequence: every run tries the same calls.
    struct Sequence {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func value(for property: SchemaProperty, _ random: inout Sequence) -> ParameterValue {
        let enumValues = property.allowedValues ?? []
        switch random.next(12) {
        case 0..<6:
            // A valid value half the time, so the calls also reach the prices.
            if !enumValues.isEmpty { return enumValues[random.next(enumValues.count)] }
            return property.defaultValue ?? property.minimum.map(ParameterValue.number) ?? .string("x")
        case 6: return .number(ExactDecimal(significand: Int128(random.next(20_000)) - 1_000, scale: random.next(5)))
        case 7: return .string(["", "1", "10", "abc", "16:9", "1080p", String(repeating: "long text ", count: 40)][random.next(7)])
        case 8: return .bool(random.next(2) == 0)
        case 9: return .array([.string("https://cdn.example.com/a.png"), .number(1)].prefix(random.next(3)).map { $0 })
        case 10: return .null
        default: return .object(["k": .number(1)])
        }
    }

    @Test("dictionary, prepared and quote agree on 60 random calls per model", arguments: ModelRegistry.standard.models)
    func agree(_ model: ModelDefinition) throws {
        let priced = model.priced
        let properties = priced.schema.properties
        var random = Sequence(state: UInt64(truncatingIfNeeded: model.recordId.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        for _ in 0..<60 {
            var parameters: [String: ParameterValue] = [:]
            for property in properties where random.next(2) == 0 {
                parameters[property.name] = Self.value(for: property, &random)
            }
            FastPathRegistryTests.expectFastPathsAgree(priced, parameters)
        }
    }
}
