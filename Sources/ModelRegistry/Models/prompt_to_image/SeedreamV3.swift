import TokenPricing

extension Models {
    /// Seedream V3 (Seedream) — kie_ai, prompt to image.
    public static let seedreamV3 = ModelDefinition(
        config: ModelConfig(
            recordId: "ac90c626-ab01-4bc0-a000-9b952ddbde0e",
            modelId: "bytedance/seedream",
            modelName: "Seedream V3",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 20,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V3",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("enable_safety_checker", type: .boolean, default: true, showToUser: false),
                SchemaProperty(
                    "guidance_scale", type: .number, default: .number("2.5"), minimum: "1", maximum: "10", step: "0.1",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "image_size", type: .string, default: "square_hd",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"],
                    enumLabels: ["landscape_16_9": "Landscape 16:9", "landscape_4_3": "Landscape 4:3", "portrait_16_9": "Portrait 9:16", "portrait_4_3": "Portrait 3:4", "square": "Square", "square_hd": "Square HD"]
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer, isAdvanced: true),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
