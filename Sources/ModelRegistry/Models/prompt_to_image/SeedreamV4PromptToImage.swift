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
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V4",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt"]
        ),
        // The catalogue's legacy `costMultipliers` (max_images: 2 → ×2, 3 → ×3, 4 → ×4, 5 → ×5, 6 → ×6)
        // are not applied: the pricing rule is flat, and the observed costs confirm it.
        pricing: .flat
    )
}
