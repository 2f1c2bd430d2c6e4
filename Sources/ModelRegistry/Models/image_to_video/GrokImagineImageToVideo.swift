import TokenPricing

extension Models {
    /// Grok Imagine (xAI) — kie_ai, image to video.
    public static let grokImagineImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "8c46aade-1272-4409-bb3a-3701e2423320",
            modelId: "grok-imagine/image-to-video",
            modelName: "Grok Imagine",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "10",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "xAI",
            variantName: "Grok Imagine",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/xai.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("image_urls", type: .string),
                SchemaProperty("mode", type: .string, default: "normal", enum: ["fun", "normal", "spicy"]),
                SchemaProperty("prompt", type: .string, maxLength: 5000),
            ],
            required: ["image_urls", "prompt"]
        ),
        pricing: .flat
    )
}
