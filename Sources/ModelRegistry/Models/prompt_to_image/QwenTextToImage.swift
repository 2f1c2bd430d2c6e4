import TokenPricing

extension Models {
    /// Qwen Text to Image (Qwen) — kie_ai, prompt to image.
    public static let qwenTextToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "36246bd4-f2e5-472b-bcf8-3dd99bc313d8",
            modelId: "qwen/text-to-image",
            modelName: "Qwen Text to Image",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "0.5",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Qwen",
            variantName: "Text to Image",
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
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt"]
        ),
        // The catalogue's legacy `costMultipliers` (image_size: landscape_16_9 → ×2, landscape_4_3 →
        // ×3, portrait_16_9 → ×2, portrait_4_3 → ×3, square_hd → ×5) are not applied: the pricing rule
        // is flat, and the observed costs confirm it.
        pricing: .flat
    )
}
