import ModelRegistry
import TokenPricing

extension FixtureModels {
    /// A clean video model: prompt and input image required, a priced duration enum.
    static let video = ModelDefinition(
        config: ModelConfig(
            recordId: "77777777-7777-4777-8777-777777777777",
            modelId: "fixture/video",
            modelName: "Fixture Video",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 200
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("duration", type: .integer, default: 5, enum: [5, 10]),
                SchemaProperty("image_url", type: .string, renderer: "image"),
                SchemaProperty("prompt", type: .string, renderer: "prompt"),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(factors: [.multiplier("duration", ["5": "1", "10": "2"], whenAbsent: 5)])
    )

    /// Prices only `5` of the enum `[5, 10]` and states no "otherwise".
    static let pricingIncomplete = ModelDefinition(
        config: ModelConfig(
            recordId: "88888888-8888-4888-8888-888888888888",
            modelId: "fixture/video-incomplete",
            modelName: "Fixture Video Incomplete",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 200
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("duration", type: .integer, default: 5, enum: [5, 10]),
                SchemaProperty("prompt", type: .string, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(factors: [.multiplier("duration", ["5": "1"])])
    )

    /// Declares the record id of `image` again, in another file.
    static let duplicateOfImageElsewhere = ModelDefinition(
        config: ModelConfig(
            recordId: "11111111-1111-4111-8111-111111111111",
            modelId: "fixture/image-video",
            modelName: "Fixture Image Video",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "2",
            estimatedTimeSeconds: 20
        ),
        inputSchema: InputSchema(properties: [SchemaProperty("prompt", type: .string)], required: ["prompt"])
    )
}
