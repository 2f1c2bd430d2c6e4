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
            logoUrl: "/logos/google.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("negative_prompt", type: .string),
                SchemaProperty("prompt", type: .string, renderer: "prompt"),
                SchemaProperty("seed", type: .string),
            ],
            required: ["prompt"],
            displayOrder: ["seed", "prompt", "aspect_ratio", "negative_prompt"]
        ),
        pricing: .flat
    )
}
