import TokenPricing

/// Models built by hand for the rule tests.
enum Hand {
    /// ChatGPT 4o Image as the catalogue prices it: 3 × nVariants factor, cents.
    static let chatGPT = PricedModel(
        recordId: "gpt", name: "ChatGPT 4o Image", baseTokenCost: 3,
        schema: InputSchema(properties: [
            SchemaProperty("nVariants", type: .integer, default: 1, enum: [1, 2, 4]),
            SchemaProperty("prompt", type: .string),
            SchemaProperty("size", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"]),
        ], required: ["prompt"]),
        rule: PricingRule(factors: [.multiplier("nVariants", ["1": 1, "2": "1.16666", "4": "1.3333"], whenAbsent: 1)], rounding: .cents))

    /// A video model whose duration is a string enum, as Kling's is.
    static let stringDuration = PricedModel(
        recordId: "kling", name: "Kling", baseTokenCost: 6,
        schema: InputSchema(properties: [
            SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
            SchemaProperty("prompt", type: .string),
        ]),
        rule: PricingRule(factors: [.multiplier("duration", ["5": 1, "10": 2], whenAbsent: "5")]))

    /// The same table read by an integer duration.
    static let integerDuration = PricedModel(
        recordId: "int-duration", name: "Integer duration", baseTokenCost: 6,
        schema: InputSchema(properties: [SchemaProperty("duration", type: .integer, default: 5, enum: [5, 10])]),
        rule: PricingRule(factors: [.multiplier("duration", ["5": 1, "10": 2])]))

    /// A table that lists some values and says "otherwise ×1", with no assumption when absent
    /// (Ultra Detail V0).
    static let ultraDetail = PricedModel(
        recordId: "ultra", name: "Ultra Detail V0", baseTokenCost: "3.5",
        schema: InputSchema(properties: [
            SchemaProperty("quality", type: .string, default: "high", enum: ["standard", "high", "ultra"]),
        ]),
        rule: PricingRule(factors: [.multiplier("quality", ["high": "1.2", "ultra": "1.5"], otherwise: 1)]))

    /// A multiplier on an open text parameter and no "otherwise".
    static let openStyle = PricedModel(
        recordId: "style", name: "Styled", baseTokenCost: 2,
        schema: InputSchema(properties: [SchemaProperty("style", type: .string)]),
        rule: PricingRule(factors: [.multiplier("style", ["photo": 1, "painting": "1.5"])]))

    /// 0.5 tokens per second of video.
    static let perSecond = PricedModel(
        recordId: "per-second", name: "Per second", baseTokenCost: "0.5",
        schema: InputSchema(properties: [SchemaProperty("seconds", type: .number, default: 5, minimum: 1, maximum: 30)]),
        rule: PricingRule(factors: [.perUnit("seconds", unitName: "second", whenAbsent: 5)]))

    /// 0.3 tokens per started 1,000 characters of text.
    static let perThousandCharacters = PricedModel(
        recordId: "tts", name: "Per 1,000 characters", baseTokenCost: "0.3",
        schema: InputSchema(properties: [SchemaProperty("text", type: .string, maxLength: 10000)]),
        rule: PricingRule(factors: [.perUnit("text", measure: .characters, unitSize: 1000, roundUnitsUp: true, unitName: "1,000 characters")]))

    /// 4 tokens per 5 seconds, scaled linearly (12 s is 2.4 units).
    static let perFiveSeconds = PricedModel(
        recordId: "per-5s", name: "Per 5 seconds", baseTokenCost: 4,
        schema: InputSchema(properties: [SchemaProperty("duration", type: .number, default: 5, minimum: 1, maximum: 20)]),
        rule: PricingRule(factors: [.perUnit("duration", unitSize: 5, unitName: "5 seconds")]))

    /// 10 tokens including 5 seconds, 2 per extra second.
    static let surcharge = PricedModel(
        recordId: "surcharge", name: "Surcharge", baseTokenCost: 10,
        schema: InputSchema(properties: [SchemaProperty("duration", type: .integer, default: 5, minimum: 1, maximum: 20)]),
        rule: PricingRule(factors: [.surcharge("duration", included: 5, ratePerUnit: 2, unitName: "second")]))

    /// An absolute price list over resolution and duration.
    static let twoParameterTable = PricedModel(
        recordId: "table2", name: "Two-parameter table", baseTokenCost: 999,
        schema: InputSchema(properties: [
            SchemaProperty("resolution", type: .string, default: "720p", enum: ["720p", "1080p"]),
            SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
        ]),
        rule: PricingRule(basis: .priceTable(PriceTable(
            "resolution", "duration",
            rows: [("720p", "5", 20), ("720p", "10", 40), ("1080p", "5", 30), ("1080p", "10", 60)],
            whenAbsent: ["resolution": "720p", "duration": "5"]))))

    /// An absolute price list over one parameter, with or without "otherwise".
    static func oneParameterTable(otherwise: ExactDecimal?) -> PricedModel {
        PricedModel(
            recordId: "table1", name: "One-parameter table", baseTokenCost: 999,
            schema: InputSchema(properties: [SchemaProperty("resolution", type: .string)]),
            rule: PricingRule(basis: .priceTable(PriceTable(
                "resolution", rows: [("720p", 20), ("1080p", 40)], otherwise: otherwise))))
    }

    /// 0.1 per second with a minimum charge of 0.5.
    static let minimumCharge = PricedModel(
        recordId: "minimum", name: "Minimum charge", baseTokenCost: "0.1",
        schema: InputSchema(properties: [SchemaProperty("seconds", type: .integer, minimum: 1, maximum: 60)]),
        rule: PricingRule(factors: [.perUnit("seconds")], minimumCharge: "0.5", rounding: .cents))

    /// Two factors of 1.005, rounded once: rounding between them would give 1.02, not 1.01.
    static let twoSmallFactors = PricedModel(
        recordId: "small", name: "Two small factors", baseTokenCost: 1,
        schema: InputSchema(properties: [
            SchemaProperty("a", type: .boolean, default: true),
            SchemaProperty("b", type: .boolean, default: true),
        ]),
        rule: PricingRule(factors: [.multiplier("a", ["true": "1.005", "false": 1]), .multiplier("b", ["true": "1.005", "false": 1])], rounding: .cents))
}
