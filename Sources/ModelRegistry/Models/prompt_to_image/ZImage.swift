import TokenPricing

extension Models {
    /// Z-Image (Z-Image) — kie_ai, prompt to image.
    public static let zImage = ModelDefinition(
        config: ModelConfig(
            recordId: "c3d4e5f6-a7b8-9012-cdef-123456789012",
            modelId: "z-image",
            modelName: "Z-Image",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "0.4",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "Z-Image",
            variantName: "Z-Image",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/artifio.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "4:3", "3:4", "16:9", "9:16"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 1000,
                    description: "A text description of the image you want to generate", renderer: "prompt"
                ),
            ],
            required: ["prompt", "aspect_ratio"]
        ),
        pricing: .flat
    )
}
