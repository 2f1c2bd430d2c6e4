import TokenPricing

/// Hand-made models for when the registry is still empty (its files are being ported).
let handModels: [PricedModel] = [
    PricedModel(
        recordId: "gpt", name: "ChatGPT 4o Image", baseTokenCost: 3,
        schema: InputSchema(properties: [
            SchemaProperty("nVariants", type: .integer, default: 1, enum: [1, 2, 4]),
            SchemaProperty("prompt", type: .string),
            SchemaProperty("size", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"]),
        ], required: ["size", "prompt"]),
        rule: PricingRule(factors: [.multiplier("nVariants", ["1": 1, "2": "1.16666", "4": "1.3333"], whenAbsent: 1)], rounding: .cents)),
    PricedModel(
        recordId: "lite", name: "Seedance V1 Lite", baseTokenCost: 2,
        schema: InputSchema(properties: [
            SchemaProperty("duration", type: .string, default: "3", enum: ["3", "5", "10"]),
            SchemaProperty("prompt", type: .string),
            SchemaProperty("resolution", type: .string, default: "480p", enum: ["480p", "720p", "1080p"]),
        ], required: ["prompt"]),
        rule: PricingRule(factors: [
            .multiplier("duration", ["3": 1, "5": "1.66", "10": "3.33"], whenAbsent: "3"),
            .multiplier("resolution", ["480p": 1, "720p": "2.5", "1080p": 5], whenAbsent: "480p"),
        ])),
    PricedModel(
        recordId: "nano", name: "Nano Banana", baseTokenCost: 2,
        schema: InputSchema(properties: [
            SchemaProperty("number_of_images", type: .integer, default: 1, minimum: 1, maximum: 4),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
        ], required: ["prompt"]),
        rule: PricingRule(factors: [.perUnit("number_of_images", whenAbsent: 1)])),
    PricedModel(
        recordId: "tts", name: "Eleven Labs TTS", baseTokenCost: 3,
        schema: InputSchema(properties: [
            SchemaProperty("text", type: .string, maxLength: 5000),
            SchemaProperty("voice", type: .string, default: "Rachel", enum: ["Rachel", "Aria", "Roger"]),
        ], required: ["text"]),
        rule: .flat),
]
