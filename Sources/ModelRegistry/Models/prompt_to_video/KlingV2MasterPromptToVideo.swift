import TokenPricing

extension Models {
    /// Kling V2 Master (Kling) — kie_ai, prompt to video.
    public static let klingV2MasterPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "c5754cad-2b2c-4636-bc19-4ccaa97dde3d",
            modelId: "kling/v2-1-master-text-to-video",
            modelName: "Kling V2 Master",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "40",
            estimatedTimeSeconds: 240,
            isActive: true,
            modelFamily: "Kling",
            variantName: "V2 Master",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.svg"
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
