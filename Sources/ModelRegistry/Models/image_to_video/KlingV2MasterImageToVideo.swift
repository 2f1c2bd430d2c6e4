import TokenPricing

extension Models {
    /// Kling V2 Master (Kling) — kie_ai, image to video.
    public static let klingV2MasterImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "c3397c13-3a52-4973-a87c-b4c20aca0fc0",
            modelId: "kling/v2-1-master-image-to-video",
            modelName: "Kling V2 Master",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "40",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Kling",
            variantName: "V2 Master",
            displayOrderInFamily: 3,
            maxImages: 1,
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
