import TokenPricing

/// Models for the template tests, on top of `Hand`.
enum Parts {
    /// 10 tokens × 2 when mode is "a".
    static let prefersA = PricedModel(
        recordId: "prefers-a", name: "Prefers a", baseTokenCost: 10,
        schema: InputSchema(properties: [SchemaProperty("mode", type: .string, default: "a", enum: ["a", "b"])]),
        rule: PricingRule(factors: [.multiplier("mode", ["a": 2, "b": 1])]))
    /// 10 tokens × 2 when mode is "b".
    static let prefersB = PricedModel(
        recordId: "prefers-b", name: "Prefers b", baseTokenCost: 10,
        schema: InputSchema(properties: [SchemaProperty("mode", type: .string, default: "a", enum: ["a", "b"])]),
        rule: PricingRule(factors: [.multiplier("mode", ["a": 1, "b": 2])]))
    /// 1 token × 2 when on.
    static let toggle = PricedModel(
        recordId: "toggle", name: "Toggle", baseTokenCost: 1,
        schema: InputSchema(properties: [SchemaProperty("on", type: .boolean, default: false)]),
        rule: PricingRule(factors: [.multiplier("on", ["true": 2, "false": 1])]))
    /// 1 × 1.005, rounded to cents: every call costs 1.01.
    static let roundsUp = PricedModel(
        recordId: "rounds-up", name: "Rounds up", baseTokenCost: 1,
        schema: InputSchema(properties: [SchemaProperty("prompt", type: .string)]),
        rule: PricingRule(factors: [.multiplier("tier", ["x": "1.005"], whenAbsent: "x")], rounding: .cents))
    /// A flat image model with an image input.
    static let flatImage = PricedModel(
        recordId: "flat-image", name: "Flat image", baseTokenCost: "0.25",
        schema: InputSchema(properties: [
            SchemaProperty("image", type: .string),
            SchemaProperty("prompt", type: .string, maxLength: 100),
        ], required: ["image"], imageInputField: "image"),
        rule: .flat)

    /// A flat voice model whose voice is an enum.
    static let voices = PricedModel(
        recordId: "voices", name: "Voices", baseTokenCost: 3,
        schema: InputSchema(properties: [
            SchemaProperty("text", type: .string, maxLength: 50),
            SchemaProperty("voice", type: .string, default: "Rachel", enum: ["Rachel", "Aria"]),
        ], required: ["text"]),
        rule: .flat)

    static let catalog = HandCatalog([
        Hand.chatGPT, Hand.stringDuration, Hand.integerDuration, Hand.ultraDetail, Hand.perSecond,
        Hand.perThousandCharacters, Hand.surcharge, Hand.twoParameterTable,
        prefersA, prefersB, toggle, roundsUp, flatImage, voices,
    ])
    static let pricer = TemplatePricer(models: catalog)
}

/// A content template "t" over `model`; shared because workflow tests compare with one too.
func content(
    _ model: String, preset: [String: ParameterValue] = [:], editable: [String] = [], hidden: [String: ParameterValue] = [:]
) -> ContentTemplate {
    ContentTemplate(id: "t", name: "T", modelRecordId: model, presetParameters: preset, userEditableFields: editable, hiddenFieldDefaults: hidden)
}
