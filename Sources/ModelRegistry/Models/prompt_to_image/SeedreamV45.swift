import TokenPricing

extension Models {
    /// Seedream V4.5 (Seedream) — kie_ai, prompt to image.
    public static let seedreamV45 = ModelDefinition(
        config: ModelConfig(
            recordId: "d5e6f7a8-9b0c-1d2e-3f4a-5b6c7d8e9f0a",
            modelId: "seedream/4.5-text-to-image",
            modelName: "Seedream V4.5",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "3.5",
            estimatedTimeSeconds: 35,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V4.5",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1",
                    enum: ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"],
                    enumLabels: ["16:9": "Landscape 16:9", "1:1": "Square (1:1)", "21:9": "Ultra Wide 21:9", "2:3": "Portrait 2:3", "3:2": "Landscape 3:2", "3:4": "Portrait 3:4", "4:3": "Landscape 4:3", "9:16": "Portrait 9:16"]
                ),
                SchemaProperty("prompt", type: .string, maxLength: 3000, renderer: "prompt"),
                SchemaProperty(
                    "quality", type: .string, default: "high", enum: ["basic", "high"],
                    enumLabels: ["basic": "Basic (2K)", "high": "High (4K)"]
                ),
            ],
            required: ["prompt", "aspect_ratio", "quality"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("quality", ["basic": "1", "high": "1"]),
            ]
        )
    )
}
