import TokenPricing

extension Models {
    /// Seedream V4 (Seedream) — kie_ai, prompt to image.
    public static let seedreamV4PromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "c0e4f338-683a-4b5d-8289-518f2b5ea983",
            modelId: "bytedance/seedream-v4-text-to-image",
            modelName: "Seedream V4",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2.5",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V4",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("image_resolution", type: .string, default: "4K", enum: ["1K", "2K", "4K"]),
                SchemaProperty(
                    "image_size", type: .string, default: "square_hd",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_3_2", "portrait_16_9", "landscape_4_3", "landscape_3_2", "landscape_16_9", "landscape_21_9"],
                    enumLabels: ["landscape_16_9": "Landscape 16:9", "landscape_21_9": "Landscape 21:9", "landscape_3_2": "Landscape 3:2", "landscape_4_3": "Landscape 4:3", "portrait_16_9": "Portrait 9:16", "portrait_3_2": "Portrait 2:3", "portrait_4_3": "Portrait 3:4", "square": "Square", "square_hd": "Square HD"]
                ),
                SchemaProperty("max_images", type: .integer, default: 1, minimum: "1", maximum: "4", step: "1"),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("image_resolution", ["1K": "1", "2K": "1", "4K": "1"], whenAbsent: "1K"),
                .perUnit(
                    "max_images", unitName: "image", whenAbsent: 1, limits: QuantityLimits(minimum: 1, maximum: 6)
                ),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
