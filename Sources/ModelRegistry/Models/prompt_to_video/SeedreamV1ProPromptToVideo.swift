import TokenPricing

extension Models {
    /// Seedream V1 Pro (Seedream) — kie_ai, prompt to video.
    public static let seedreamV1ProPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d7c6b5a4-6e3f-2c1d-7a0f-4d6b7c8e5a9f",
            modelId: "seedream/v1-pro",
            modelName: "Seedream V1 Pro",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "25",
            estimatedTimeSeconds: 200,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V1 Pro",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.svg"
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
