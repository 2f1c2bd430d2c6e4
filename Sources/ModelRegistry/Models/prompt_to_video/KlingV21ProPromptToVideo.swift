import TokenPricing

extension Models {
    /// Kling V2.1 Pro (Kling) — kie_ai, prompt to video.
    public static let klingV21ProPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "b6e8c4a3-5d2f-1c7e-8a0f-3d5b6c7e4a8f",
            modelId: "kling/v2-pro",
            modelName: "Kling V2.1 Pro",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "25",
            estimatedTimeSeconds: 240,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.1 Pro",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["10": "2"], otherwise: "1"),
            ]
        )
    )
}
