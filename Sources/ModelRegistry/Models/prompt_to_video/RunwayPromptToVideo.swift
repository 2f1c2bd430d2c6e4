import TokenPricing

extension Models {
    /// Runway (Runway) — kie_ai, prompt to video.
    public static let runwayPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "9efdc56b-6a76-4c82-94cf-16285d8c3e7d",
            modelId: "runway-duration-5-generate model",
            modelName: "Runway",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "3",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Runway",
            variantName: "Runway",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/runway.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        // The catalogue's legacy `costMultipliers` (duration: 10 → ×2.5; quality: 1080p → ×2.5) differ
        // from its pricing rule; this follows the pricing rule, which the observed costs confirm.
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["10": "2"], otherwise: "1"),
            ]
        )
    )
}
