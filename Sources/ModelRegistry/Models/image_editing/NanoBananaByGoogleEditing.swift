import TokenPricing

extension Models {
    /// Nano Banana by Google (Google) — kie_ai, image editing.
    public static let nanoBananaByGoogleEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "a70d01a3-05de-4918-b934-55a7e5e5d407",
            modelId: "google/nano-banana-edit",
            modelName: "Nano Banana by Google",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "2",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Google",
            variantName: "Nano Banana",
            displayOrderInFamily: 2,
            maxImages: 10,
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
                SchemaProperty("image_url", type: .string, renderer: "image"),
                SchemaProperty("mask_url", type: .string, renderer: "image"),
                SchemaProperty("number_of_images", type: .integer, default: 1, minimum: "1", maximum: "4"),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt", "image_url"]
        ),
        pricing: PricingRule(
            factors: [
                .perUnit("number_of_images", whenAbsent: 1),
            ]
        )
    )
}
