import ModelRegistry
import TokenPricing

// Hand-made models for the integrity tests, written like the registry's model files so that
// findings can point at their lines (`sourcePath` is `Sources/ModelRegistry/Models/…`).

enum FixtureModels {
    /// A clean image model: a required prompt, an enum and a bounded integer.
    static let image = ModelDefinition(
        config: ModelConfig(
            recordId: "11111111-1111-4111-8111-111111111111",
            modelId: "fixture/image",
            modelName: "Fixture Image",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 20
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "16:9"]),
                SchemaProperty("num_images", type: .integer, default: 1, minimum: 1, maximum: 4),
                SchemaProperty("prompt", type: .string, maxLength: 500, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(factors: [.perUnit("num_images", whenAbsent: 1)])
    )

    /// A record id that is not a UUID, as the catalogue's `100@1`.
    static let nonUUID = ModelDefinition(
        config: ModelConfig(
            recordId: "300@1",
            modelId: "fixture/legacy",
            modelName: "Fixture Legacy",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "1",
            estimatedTimeSeconds: 10
        ),
        inputSchema: InputSchema(
            properties: [SchemaProperty("positivePrompt", type: .string, renderer: "prompt")],
            required: ["positivePrompt"]
        )
    )

    /// Two entries with one provider model id (different record ids).
    static let sharedFirst = ModelDefinition(
        config: ModelConfig(
            recordId: "22222222-2222-4222-8222-222222222221",
            modelId: "fixture/shared",
            modelName: "Fixture Shared A",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "3",
            estimatedTimeSeconds: 20
        ),
        inputSchema: InputSchema(properties: [SchemaProperty("prompt", type: .string)], required: ["prompt"])
    )

    static let sharedSecond = ModelDefinition(
        config: ModelConfig(
            recordId: "22222222-2222-4222-8222-222222222222",
            modelId: "fixture/shared",
            modelName: "Fixture Shared B",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "3",
            estimatedTimeSeconds: 20
        ),
        inputSchema: InputSchema(properties: [SchemaProperty("prompt", type: .string)], required: ["prompt"])
    )

    /// Prices on `image_size`, which its schema lacks (as Qwen Image Editor in the catalogue).
    static let pricingUnknown = ModelDefinition(
        config: ModelConfig(
            recordId: "33333333-3333-4333-8333-333333333333",
            modelId: "fixture/pricing-unknown",
            modelName: "Fixture Pricing Unknown",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "4",
            estimatedTimeSeconds: 20
        ),
        inputSchema: InputSchema(properties: [SchemaProperty("prompt", type: .string)], required: ["prompt"]),
        pricing: PricingRule(factors: [
            .multiplier("image_size", ["square": "1", "landscape": "1.5"], otherwise: "1"),
        ])
    )

    /// A table key outside the enum (as runware upscale's `3`).
    static let deadKey = ModelDefinition(
        config: ModelConfig(
            recordId: "44444444-4444-4444-8444-444444444444",
            modelId: "fixture/upscale",
            modelName: "Fixture Upscale",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "20",
            estimatedTimeSeconds: 90
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("inputImage", type: .string, renderer: "image"),
                SchemaProperty("upscaleFactor", type: .number, default: 4, enum: [2, 4]),
            ],
            required: ["inputImage"]
        ),
        pricing: PricingRule(factors: [
            .multiplier("upscaleFactor", ["2": "1", "3": "1.5", "4": "2"], whenAbsent: 4, otherwise: "1"),
        ])
    )

    /// A per-unit factor on a text parameter: it cannot price anything.
    static let pricingInvalid = ModelDefinition(
        config: ModelConfig(
            recordId: "55555555-5555-4555-8555-555555555555",
            modelId: "fixture/pricing-invalid",
            modelName: "Fixture Pricing Invalid",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "1",
            estimatedTimeSeconds: 20
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("prompt", type: .string),
                SchemaProperty("style", type: .string, enum: ["photo", "anime"]),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(factors: [.perUnit("style")])
    )

    /// A model the platform no longer offers.
    static let inactive = ModelDefinition(
        config: ModelConfig(
            recordId: "66666666-6666-4666-8666-666666666666",
            modelId: "fixture/retired",
            modelName: "Fixture Retired",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "1",
            estimatedTimeSeconds: 20,
            isActive: false
        ),
        inputSchema: InputSchema(properties: [SchemaProperty("prompt", type: .string)], required: ["prompt"])
    )

    /// Declares the record id of `image` again (the other half of the duplicate is in
    /// `FixtureVideoModels.swift`).
    static let duplicateOfImage = ModelDefinition(
        config: ModelConfig(
            recordId: "11111111-1111-4111-8111-111111111111",
            modelId: "fixture/image-copy",
            modelName: "Fixture Image Copy",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 20
        ),
        inputSchema: InputSchema(properties: [SchemaProperty("prompt", type: .string)], required: ["prompt"])
    )
}
