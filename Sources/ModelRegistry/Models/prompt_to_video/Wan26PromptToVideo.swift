import TokenPricing

extension Models {
    /// Wan 2.6 (Wan) — kie_ai, prompt to video.
    public static let wan26PromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "c4d5e6f7-8a9b-0c1d-2e3f-4a5b6c7d8e9f",
            modelId: "wan/2-6-text-to-video",
            modelName: "Wan 2.6",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "35",
            estimatedTimeSeconds: 800,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.6",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10", "15"], title: "Duration",
                    description: "Video duration in seconds",
                    enumLabels: ["10": "10 seconds", "15": "15 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 5000, title: "Prompt",
                    description: "Text prompt for video generation. Supports Chinese and English.", renderer: "prompt",
                    minLength: 1
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Resolution",
                    description: "Video resolution", enumLabels: ["1080p": "1080p (Full HD)", "720p": "720p (HD)"]
                ),
            ],
            required: ["prompt"],
            displayOrder: ["prompt", "duration", "resolution"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2", "15": "3"], whenAbsent: "5"),
                .multiplier("resolution", ["720p": "1", "1080p": "1.5"], whenAbsent: "720p"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
