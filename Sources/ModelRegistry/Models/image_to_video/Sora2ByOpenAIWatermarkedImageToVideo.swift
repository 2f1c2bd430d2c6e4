import TokenPricing

extension Models {
    /// Sora 2 by OpenAI (Watermarked) (OpenAI) — kie_ai, image to video.
    public static let sora2ByOpenAIWatermarkedImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "11a995d9-a89e-47a2-b00c-11b2b7dbb717",
            modelId: "sora-2-image-to-video",
            modelName: "Sora 2 by OpenAI (Watermarked)",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "75",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "Sora 2 by OpenAI (Watermarked)",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/sora.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
                SchemaProperty("image_url", type: .string),
                SchemaProperty("loop", type: .boolean, default: false, enum: [true, false]),
                SchemaProperty("prompt", type: .string, maxLength: 5000),
            ],
            required: ["prompt", "image_url"]
        ),
        pricing: .flat
    )
}
