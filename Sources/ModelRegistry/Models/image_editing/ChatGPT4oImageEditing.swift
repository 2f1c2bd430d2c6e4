import TokenPricing

extension Models {
    /// ChatGPT 4o Image (OpenAI) — kie_ai, image editing.
    public static let chatGPT4oImageEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "4b68811b-28be-45cb-bcae-9db721ba4547",
            modelId: "4o-image-api",
            modelName: "ChatGPT 4o Image",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "3",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "ChatGPT 4o Image",
            displayOrderInFamily: 2,
            maxImages: 5,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/gpt4o-image/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/openai.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "filesUrl", type: .array, description: "URLs of images to edit",
                    items: ItemsSchema(type: .string, format: "uri")
                ),
                SchemaProperty("nVariants", type: .integer, default: 1, enum: [1, 2, 4], title: "Number of Outputs"),
                SchemaProperty("prompt", type: .string, description: "Editing instruction"),
                SchemaProperty("size", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"]),
            ],
            required: ["size", "prompt", "filesUrl"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("nVariants", ["1": "1", "2": "1.16666", "4": "1.3333"], whenAbsent: 1, otherwise: "1"),
            ],
            rounding: .cents
        )
    )
}
