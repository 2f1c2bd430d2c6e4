import TokenPricing

extension Models {
    /// Nano Banana by Google (Google) — kie_ai, prompt to image.
    public static let nanoBananaByGooglePromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "09b03fa3-e648-4d42-8494-b91bd2e609b8",
            modelId: "google/nano-banana",
            modelName: "Nano Banana by Google",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "Google",
            variantName: "Nano Banana",
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
                SchemaProperty("number_of_images", type: .integer, default: 1, minimum: "1", maximum: "4"),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .perUnit("number_of_images", whenAbsent: 1),
            ]
        )
    )
}
