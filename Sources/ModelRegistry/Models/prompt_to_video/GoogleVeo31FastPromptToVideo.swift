import TokenPricing

extension Models {
    /// Google Veo 3.1 Fast (Google) — kie_ai, prompt to video.
    public static let googleVeo31FastPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "a96af675-b780-4879-a61f-7285be8766c2",
            modelId: "veo3_fast",
            modelName: "Google Veo 3.1 Fast",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Google",
            variantName: "Veo 3.1 Fast",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/google.svg"
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
