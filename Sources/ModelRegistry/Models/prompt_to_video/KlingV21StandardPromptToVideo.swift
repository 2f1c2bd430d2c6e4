import TokenPricing

extension Models {
    /// Kling V2.1 Standard (Kling) — kie_ai, prompt to video.
    public static let klingV21StandardPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "e1f2a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b",
            modelId: "kling/v2-standard",
            modelName: "Kling V2.1 Standard",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "12.5",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.1 Standard",
            displayOrderInFamily: 2,
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
