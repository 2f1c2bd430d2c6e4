import TokenPricing

extension Models {
    /// Kling V2 Pro (Kling) — kie_ai, image to video.
    public static let klingV2ProImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "84084ca4-4153-46bc-8d01-cd4e37d1da68",
            modelId: "kling/v2-1-pro",
            modelName: "Kling V2 Pro",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "12",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Kling",
            variantName: "V2 Pro",
            displayOrderInFamily: 3,
            maxImages: 2,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
                SchemaProperty("image_url", type: .string, description: "Editing instruction"),
                SchemaProperty("negative_prompt", type: .string, default: "blur, distort, and low quality"),
                SchemaProperty("prompt", type: .string, description: "Editing instruction"),
            ],
            required: ["prompt", "image_url"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5", otherwise: "1"),
            ]
        )
    )
}
