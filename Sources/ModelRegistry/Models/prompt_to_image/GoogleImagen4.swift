import TokenPricing

extension Models {
    /// Google Imagen 4 (Google) — kie_ai, prompt to image.
    public static let googleImagen4 = ModelDefinition(
        config: ModelConfig(
            recordId: "5290ad50-ebeb-4fc0-97fb-bff7db6784b5",
            modelId: "google/imagen4",
            modelName: "Google Imagen 4",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "4",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Google",
            variantName: "Imagen 4",
            displayOrderInFamily: 2,
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
                // The catalogue types `num_images` as string, but its enum and default are integers and
                // the platform sends and prices integers (the observed costs): ported as integer.
                SchemaProperty(
                    "num_images", type: .integer, default: 1, enum: [1, 2, 3, 4], title: "Number of Outputs"
                ),
                SchemaProperty("prompt", type: .string, renderer: "prompt"),
                SchemaProperty("seed", type: .string),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: 1, otherwise: "1"),
            ]
        ),
        notes: """
            `num_images` is typed string in the catalogue although its enum and default are integers; \
            ported as integer, which is what the platform sends and prices.
            """
    )
}
