import TokenPricing

extension Models {
    /// Grok Imagine (xAI) — kie_ai, prompt to image.
    public static let grokImaginePromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "49a79e90-830d-40ff-ad05-447cf0232592",
            modelId: "grok-imagine/text-to-image",
            modelName: "Grok Imagine",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "xAI",
            variantName: "Grok Imagine",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 6,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/grok.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["2:3", "3:2", "1:1"],
                    enumLabels: ["1:1": "Square (1:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)"]
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"],
            displayOrder: ["prompt", "aspect_ratio"]
        ),
        pricing: .flat
    )
}
