import TokenPricing

extension Models {
    /// Seedance V1 Lite (Seedance) — kie_ai, prompt to video.
    public static let seedanceV1LitePromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "e8d7c6b5-7e4f-3c2d-8a1f-5d7b8c9e4a6f",
            modelId: "seedance/v1-lite",
            modelName: "Seedance V1 Lite",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "8",
            estimatedTimeSeconds: 90,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1 Lite",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedance.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
