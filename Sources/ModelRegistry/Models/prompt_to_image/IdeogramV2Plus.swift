import TokenPricing

extension Models {
    /// Ideogram V2+ (Ideogram) — kie_ai, prompt to image.
    public static let ideogramV2Plus = ModelDefinition(
        config: ModelConfig(
            recordId: "f9c5e7a3-8d4b-6f2c-9a1e-5d7b3c8f4a6e",
            modelId: "ideogram/v2-plus",
            modelName: "Ideogram V2+",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2.5",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "V2+",
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
                SchemaProperty(
                    "style_type", type: .string, default: "AUTO",
                    enum: ["AUTO", "GENERAL", "REALISTIC", "DESIGN", "RENDER_3D", "ANIME"]
                ),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
