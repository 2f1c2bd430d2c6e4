import TokenPricing

extension Models {
    /// Ideogram Character (Ideogram) — kie_ai, prompt to image.
    public static let ideogramCharacterPromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "a8f5c3e9-7d4b-6f2c-9a1e-5d8b3c7f4a6e",
            modelId: "ideogram/character",
            modelName: "Ideogram Character",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "Character",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/ideogram.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("magic_prompt_option", type: .string, default: "AUTO", enum: ["AUTO", "ON", "OFF"]),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer),
                SchemaProperty("style_type", type: .string, default: "DESIGN", enum: ["DESIGN", "REALISTIC", "ANIME"]),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
