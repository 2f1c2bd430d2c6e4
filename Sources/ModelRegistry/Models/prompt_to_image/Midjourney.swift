import TokenPricing

extension Models {
    /// Midjourney (Midjourney) — kie_ai, prompt to image.
    public static let midjourney = ModelDefinition(
        config: ModelConfig(
            recordId: "eff6c62e-c20e-4eed-9f5b-81e1a7f01529",
            modelId: "midjourney/text-to-image",
            modelName: "Midjourney",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "3",
            estimatedTimeSeconds: 45,
            isActive: true,
            modelFamily: "Midjourney",
            variantName: "Midjourney",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/midjourney.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1",
                    enum: ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "3:2", "2:3"]
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"],
            displayOrder: ["prompt", "aspect_ratio"]
        ),
        pricing: .flat
    )
}
