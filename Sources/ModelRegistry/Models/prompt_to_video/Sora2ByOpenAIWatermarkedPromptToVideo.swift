import TokenPricing

extension Models {
    /// Sora 2 by OpenAI (Watermarked) (OpenAI) — kie_ai, prompt to video.
    public static let sora2ByOpenAIWatermarkedPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "5f8a9b3c-d1e2-4a7b-9c6d-3e8f1a2b5c7d",
            modelId: "sora-2-text-to-video",
            modelName: "Sora 2 by OpenAI (Watermarked)",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "50",
            estimatedTimeSeconds: 360,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "Sora 2 by OpenAI (Watermarked)",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/sora.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
                SchemaProperty("loop", type: .boolean, default: false, enum: [true, false]),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
