import TokenPricing

extension Models {
    /// Seedream V3 (Seedream) — kie_ai, prompt to image.
    public static let seedreamV3 = ModelDefinition(
        config: ModelConfig(
            recordId: "ac90c626-ab01-4bc0-a000-9b952ddbde0e",
            modelId: "bytedance/seedream",
            modelName: "Seedream V3",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 20,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V3",
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
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "16:9", "9:16", "4:3", "3:4"]
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
