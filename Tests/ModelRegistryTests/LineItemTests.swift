import ModelRegistry
import Testing
import TokenPricing

/// The breakdown of a rounded model's price, line by line.
@Suite("Line items of a rounded model")
struct LineItemTests {
    /// ChatGPT 4o Image (image editing): base 3, a factor by nVariants, rounded to cents.
    static let chatGPTId = "4b68811b-28be-45cb-bcae-9db721ba4547"

    func chatGPT() throws -> ModelDefinition {
        let model = try #require(ModelRegistry.standard.model(recordId: Self.chatGPTId))
        #expect(model.config.modelName == "ChatGPT 4o Image")
        #expect(model.config.contentType == .imageEditing)
        return model
    }

    @Test("nVariants = 2: 3 × 1.16666 = 3.49998, rounded to 3.5")
    func twoVariants() throws {
        let quote = try chatGPT().priced.quote(["nVariants": 2, "prompt": "a test prompt"])
        #expect(quote == PriceQuote(
            modelRecordId: Self.chatGPTId, total: "3.5", unrounded: "3.49998",
            lineItems: [
                PriceLineItem(kind: .base, label: "base cost 3", subtotal: "3"),
                PriceLineItem(
                    kind: .multiplier, label: "nVariants = 2 → × 1.16666", parameter: "nVariants", value: 2,
                    valueAssumed: false, factor: "1.16666", subtotal: "3.49998"),
                PriceLineItem(kind: .rounding, label: "rounded to 2 decimals, half away from zero", subtotal: "3.5"),
            ]))
        #expect(quote.total.formatted(places: 2) == "3.50")
    }

    @Test("nVariants = 4: 3 × 1.3333 = 3.9999, rounded to 4")
    func fourVariants() throws {
        let quote = try chatGPT().priced.quote(["nVariants": 4])
        #expect(quote.unrounded == "3.9999")
        #expect(quote.total == "4")
        #expect(quote.lineItems.map(\.subtotal) == ["3", "3.9999", "4"])
        #expect(quote.lineItems[1].factor == "1.3333")
    }

    @Test("no inputs: the rule assumes nVariants = 1")
    func assumedValue() throws {
        let quote = try chatGPT().priced.quote([:])
        #expect(quote.total == "3")
        #expect(quote.lineItems[1] == PriceLineItem(
            kind: .multiplier, label: "nVariants = 1 (assumed) → × 1", parameter: "nVariants", value: 1,
            valueAssumed: true, factor: "1", subtotal: "3"))
    }

    /// No "otherwise": every value the schema allows (1, 2, 4) has its factor, so the
    /// platform's `|| 1` fallback can never apply.
    @Test("the rule explains itself in one sentence")
    func explanation() throws {
        let model = try chatGPT()
        #expect(model.pricing.explanation(baseTokenCost: model.config.baseTokenCost)
            == "3 tokens × a factor by nVariants (1 → ×1, 2 → ×1.16666, 4 → ×1.3333), taking 1 when not given, rounded to 2 decimals, half away from zero.")
    }
}
