import TokenPricing

extension Models {
    /// Grok Imagine (xAI) — kie_ai, prompt to video.
    public static let grokImaginePromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "0643a43b-4995-4c5b-ac1d-76ea257a93a0",
            modelId: "grok-imagine/text-to-video",
            modelName: "Grok Imagine",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "10",
            estimatedTimeSeconds: 45,
            isActive: true,
            modelFamily: "xAI",
            variantName: "Grok Imagine",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/xai.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("mode", type: .string, default: "normal", enum: ["fun", "normal", "spicy"]),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
