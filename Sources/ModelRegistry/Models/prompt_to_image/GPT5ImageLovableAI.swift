import TokenPricing

extension Models {
    /// GPT-5 Image (Lovable AI) (OpenAI) — lovable_ai_sync, prompt to image.
    public static let gpt5ImageLovableAI = ModelDefinition(
        config: ModelConfig(
            recordId: "4c680009-d3fe-436f-85a7-467c76e85f9e",
            modelId: "gpt-image-1",
            modelName: "GPT-5 Image (Lovable AI)",
            provider: .lovableAISync,
            contentType: .promptToImage,
            baseTokenCost: "1",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "GPT-5 Image",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            payloadStructure: .direct,
            logoUrl: "/logos/openai.png"
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
                .perUnit("number_of_images", unitName: "image", whenAbsent: 1),
            ]
        )
    )
}
