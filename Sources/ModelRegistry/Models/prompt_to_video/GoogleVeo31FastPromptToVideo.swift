import TokenPricing

extension Models {
    /// Google Veo 3.1 Fast (Google) — kie_ai, prompt to video.
    public static let googleVeo31FastPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "a96af675-b780-4879-a61f-7285be8766c2",
            modelId: "veo3_fast",
            modelName: "Google Veo 3.1 Fast",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Google",
            variantName: "Veo 3.1 Fast",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/veo/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["16:9", "9:16"],
                    enumLabels: ["16:9": "Landscape (16:9) - HD 1080p", "9:16": "Portrait (9:16) - Mobile"]
                ),
                SchemaProperty(
                    "enableTranslation", type: .boolean, default: true,
                    description: "Automatically translate prompts to English", showToUser: false
                ),
                SchemaProperty(
                    "prompt", type: .string, description: "Describe the video content, actions, scenes, and style",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "seeds", type: .integer, minimum: "10000", maximum: "99999",
                    description: "Random seed for reproducible generation", showToUser: false
                ),
                SchemaProperty(
                    "watermark", type: .string, description: "Watermark text to add to video", showToUser: false
                ),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
