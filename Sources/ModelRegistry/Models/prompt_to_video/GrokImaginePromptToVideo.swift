import TokenPricing

extension Models {
    /// Grok Imagine (xAI) — kie_ai, prompt to video.
    public static let grokImaginePromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "0643a43b-4995-4c5b-ac1d-76ea257a93a0",
            modelId: "grok-imagine/text-to-video",
            modelName: "Grok Imagine",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "10",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "xAI",
            variantName: "Grok Imagine",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/grok.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "2:3", enum: ["2:3", "3:2", "1:1"], title: "Aspect Ratio",
                    enumLabels: ["1:1": "Square (1:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)"]
                ),
                SchemaProperty(
                    "mode", type: .string, default: "normal", enum: ["fun", "normal", "spicy"], title: "Mode",
                    enumLabels: ["fun": "Fun", "normal": "Normal", "spicy": "Spicy"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, description: "Text prompt describing the desired video",
                    renderer: "prompt"
                ),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
