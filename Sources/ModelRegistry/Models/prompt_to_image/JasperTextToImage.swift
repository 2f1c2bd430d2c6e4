import TokenPricing

extension Models {
    /// Jasper Text to Image (Jasper) — kie_ai, prompt to image.
    public static let jasperTextToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "d8c5a7f3-9b4e-6f2c-8a1d-5e7b3c9f4a6e",
            modelId: "jasper/text-to-image",
            modelName: "Jasper Text to Image",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 20,
            isActive: true,
            modelFamily: "Jasper",
            variantName: "Text to Image",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/plum.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "medium", type: .string, default: "photo",
                    enum: ["photo", "illustration", "3d-render", "painting", "sketch"]
                ),
                SchemaProperty(
                    "mood", type: .string, default: "dramatic", enum: ["dramatic", "calm", "vibrant", "dark", "light"]
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty(
                    "style", type: .string, default: "realistic",
                    enum: ["realistic", "artistic", "abstract", "cinematic"]
                ),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
