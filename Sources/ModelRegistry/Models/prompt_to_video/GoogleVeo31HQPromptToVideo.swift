import TokenPricing

extension Models {
    /// Google Veo 3.1 HQ (Google) — kie_ai, prompt to video.
    public static let googleVeo31HQPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d117daae-f3ec-4b79-b98f-adefeee21454",
            modelId: "veo3",
            modelName: "Google Veo 3.1 HQ",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "125",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Google",
            variantName: "Veo 3.1 HQ",
            displayOrderInFamily: 3,
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
