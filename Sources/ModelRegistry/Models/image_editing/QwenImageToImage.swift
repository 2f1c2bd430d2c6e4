import TokenPricing

extension Models {
    /// Qwen Image to Image (Qwen) — kie_ai, image editing.
    public static let qwenImageToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "99532b69-d951-4431-87e3-1d88a9c8ee73",
            modelId: "qwen/image-to-image",
            modelName: "Qwen Image to Image",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "2",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Qwen",
            variantName: "Image to Image",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kie.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("image_url", type: .string, renderer: "image"),
                SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
                SchemaProperty("prompt", type: .string, maxLength: 5000),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: .flat
    )
}
