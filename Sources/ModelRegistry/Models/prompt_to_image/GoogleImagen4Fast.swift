import TokenPricing

extension Models {
    /// Google Imagen 4 Fast (Google) — kie_ai, prompt to image.
    public static let googleImagen4Fast = ModelDefinition(
        config: ModelConfig(
            recordId: "0ff9bb96-041e-4c24-90c5-543064b642ca",
            modelId: "google/imagen4-fast",
            modelName: "Google Imagen 4 Fast",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Google",
            variantName: "Imagen 4 Fast",
            displayOrderInFamily: 1,
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
                SchemaProperty(
                    "num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"], title: "Number of Outputs"
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer, showToUser: false),
            ],
            required: ["prompt"],
            displayOrder: ["prompt", "num_images", "aspect_ratio", "negative_prompt", "seed"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1"),
            ]
        )
    )
}
