import TokenPricing

extension Models {
    /// Kling V2 Standard (Kling) — kie_ai, image to video.
    public static let klingV2StandardImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "88e09730-07e0-4481-bda8-d9d9bde9fec6",
            modelId: "kling/v2-1-standard",
            modelName: "Kling V2 Standard",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "6",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Kling",
            variantName: "V2 Standard",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
                SchemaProperty("image_url", type: .string),
                SchemaProperty("negative_prompt", type: .string, default: "blur, distort, and low quality"),
                SchemaProperty("prompt", type: .string),
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
