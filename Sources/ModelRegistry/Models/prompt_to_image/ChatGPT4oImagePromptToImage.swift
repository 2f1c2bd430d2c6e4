import TokenPricing

extension Models {
    /// ChatGPT 4o-Image (OpenAI) — kie_ai, prompt to image.
    public static let chatGPT4oImagePromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "3b83cee8-6164-4d98-aebe-f4eadcb3da1d",
            modelId: "4o-image-api",
            modelName: "ChatGPT 4o-Image",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "3",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "ChatGPT 4o-Image",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/gpt4o-image/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/openai.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("nVariants", type: .integer, default: 1, enum: [1, 2, 4], title: "Number of Outputs"),
                SchemaProperty("prompt", type: .string, description: "Editing instruction"),
                SchemaProperty("size", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"]),
            ],
            required: ["size", "prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("nVariants", ["1": "1", "2": "1.16666", "4": "1.3333"], whenAbsent: 1, otherwise: "1"),
            ],
            rounding: .cents
        )
    )
}
