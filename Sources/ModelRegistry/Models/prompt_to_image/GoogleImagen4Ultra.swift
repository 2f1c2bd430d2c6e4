import TokenPricing

extension Models {
    /// Google Imagen 4 Ultra (Google) — kie_ai, prompt to image.
    public static let googleImagen4Ultra = ModelDefinition(
        config: ModelConfig(
            recordId: "23e81043-5e53-400b-bc1a-2a1ed9f30ce0",
            modelId: "google/imagen4-ultra",
            modelName: "Google Imagen 4 Ultra",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "6",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Google",
            variantName: "Imagen 4 Ultra",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "16:9", "9:16", "3:4", "4:3"]
                ),
                SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .string, maxLength: 500, showToUser: false),
            ],
            required: ["prompt"],
            displayOrder: ["prompt", "aspect_ratio", "negative_prompt", "seed"]
        ),
        pricing: .flat
    )
}
