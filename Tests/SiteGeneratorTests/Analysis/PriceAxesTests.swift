import ModelRegistry
import Testing
import TokenPricing

@testable import SiteGenerator

@Suite("Cost ranges and price axes")
struct PriceAxesTests {
    static func model(_ properties: [SchemaProperty], _ rule: PricingRule, base: ExactDecimal = 2) -> ModelDefinition {
        ModelDefinition(
            config: ModelConfig(recordId: "m", modelId: "m", modelName: "M", provider: .kieAI, contentType: .promptToImage,
                                baseTokenCost: base, estimatedTimeSeconds: 1),
            inputSchema: InputSchema(properties: properties), pricing: rule, sourceFile: "/x/Sources/M.swift")
    }

    @Test("the range covers every combination of enum values")
    func enumRange() {
        let p = ModelPricing(priced: Fixture.image.priced, cap: 100)
        #expect(p.axes.map(\.name) == ["num_images", "quality"])
        #expect(p.combinationsTotal == 6 && p.combinationsPriced == 6)
        #expect(p.min == 3 && p.max == "15.75")
        #expect(p.atDefaults == 3)
        #expect(p.isRangeComplete)
    }

    @Test("small integer ranges are enumerated; wide ones use bounds and default")
    func numericAxes() {
        let (small, complete) = PriceMatrix.sampleValues(SchemaProperty("n", type: .integer, default: 2, minimum: 1, maximum: 4))
        #expect(small == [1, 2, 3, 4] && complete)
        let (wide, partial) = PriceMatrix.sampleValues(SchemaProperty("s", type: .integer, default: 5, minimum: 1, maximum: 100))
        #expect(wide == [1, 5, 100] && !partial)
        #expect(PriceMatrix.sampleValues(SchemaProperty("b", type: .boolean)).0 == [false, true])
        #expect(PriceMatrix.sampleValues(SchemaProperty("t", type: .string)).0.isEmpty)
    }

    @Test("the cap limits the combinations priced and marks the range partial")
    func cap() {
        let m = Self.model(
            [SchemaProperty("a", type: .integer, minimum: 1, maximum: 10), SchemaProperty("b", type: .integer, minimum: 1, maximum: 10)],
            PricingRule(factors: [.perUnit("a"), .perUnit("b")]))
        let p = ModelPricing(priced: m.priced, cap: 30)
        #expect(p.combinationsTotal == 100 && p.combinationsPriced == 30)
        #expect(!p.isRangeComplete)
        #expect(p.min == 2 && p.max == 60)
    }

    @Test("parameters missing from the schema or unlistable are reported, failures counted")
    func problems() {
        let m = Self.model(
            [SchemaProperty("prompt", type: .string), SchemaProperty("q", type: .string, enum: ["a", "b"])],
            PricingRule(factors: [
                .multiplier("ghost", ["1": 2]), .perUnit("prompt", measure: .characters, unitSize: 1000, roundUnitsUp: true),
                .multiplier("q", ["a": 1]),
            ]))
        let p = ModelPricing(priced: m.priced, cap: 10)
        #expect(p.missingParameters == ["ghost"])
        #expect(p.unlistedParameters == ["prompt"])
        #expect(p.failures == 1 && p.min == 2 && p.max == 2)
        #expect(!p.isRangeComplete)
    }

    @Test("every combination's price is kept in odometer order and read back; others are priced on demand")
    func grid() throws {
        let m = Fixture.image
        let p = ModelPricing(priced: m.priced, cap: 100)
        #expect(p.prices.count == 6)
        var k = 0
        PriceMatrix(model: m.priced).forEachPoint(limit: p.prices.count) { params in
            #expect(p.combinationIndex(params) == k)
            #expect(p.prices[k] == (try? m.priced.total(params)))
            #expect((try? p.price(params, with: m.priced).get()) == p.prices[k])
            k += 1
        }
        #expect(k == 6)
        // A parameter the grid does not vary, or a value it does not list, is priced now.
        var outside = p.base
        outside["prompt"] = "a cat"
        #expect(p.combinationIndex(outside) == nil)
        #expect(try p.price(outside, with: m.priced).get() == m.priced.total(outside))
        var other = p.base
        other["num_images"] = 9
        #expect(p.combinationIndex(other) == nil)
    }

    @Test("a combination that cannot be priced says why")
    func gridFailure() {
        let m = Self.model([SchemaProperty("q", type: .string, enum: ["a", "b"])], PricingRule(factors: [.multiplier("q", ["a": 1])]))
        let p = ModelPricing(priced: m.priced, cap: 10)
        #expect(p.prices.count == 2 && p.prices[1] == nil)
        guard case .failure(let error) = p.price(["q": "b"], with: m.priced) else { Issue.record("expected a failure"); return }
        #expect(error.kind == .noPriceForValue)
    }

    @Test("a flat model's range is its base cost")
    func flat() {
        let p = ModelPricing(priced: Fixture.upscale.priced, cap: 10)
        #expect(p.axes.isEmpty && p.min == "0.5" && p.max == "0.5" && p.combinationsTotal == 1)
    }
}
