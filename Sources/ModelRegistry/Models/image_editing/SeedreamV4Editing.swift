import TokenPricing

extension Models {
    /// Seedream V4 (Seedream) — kie_ai, image editing.
    public static let seedreamV4Editing = ModelDefinition(
        config: ModelConfig(
            recordId: "57f1e8f3-e4e3-42bd-bd9e-2f2ac6eee41d",
            modelId: "bytedance/seedream-v4-image-edit",
            modelName: "Seedream V4",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1",
            estimatedTimeSeconds: 40,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V4",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("enable_safety_checker", type: .boolean, default: true, enum: [true, false]),
                SchemaProperty("image_url", type: .string, renderer: "image"),
                SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
                SchemaProperty("prompt", type: .string, maxLength: 5000),
                SchemaProperty("resolution", type: .string, default: "480p", enum: ["480p", "720p", "1080p"]),
                SchemaProperty("seed", type: .integer),
                SchemaProperty("strength", type: .number, default: .number("0.7"), minimum: "0", maximum: "1"),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: .flat
    )
}
