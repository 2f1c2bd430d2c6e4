import TokenPricing

extension Models {
    /// Runway (Runway) — kie_ai, prompt to video.
    public static let runwayPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "7bde9fb9-b16b-47b0-86a7-c0762a1a58e3",
            modelId: "runway-duration-5-generate",
            modelName: "Runway",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "6",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Runway",
            variantName: "Runway",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/runway/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/runway.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["16:9", "4:3", "1:1", "3:4", "9:16"],
                    title: "Aspect Ratio", description: "Required for text-to-video generation.",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Vertical (9:16)"]
                ),
                SchemaProperty(
                    "duration", type: .number, default: 5, enum: [5, 10], title: "Duration",
                    description: "Video duration. 10s cannot use 1080p quality.",
                    enumLabels: ["10": "10 seconds (720p only)", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 1800, title: "Prompt",
                    description: "Descriptive text that guides the AI video generation. Be specific about subject, action, style, and setting.",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "quality", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Quality",
                    description: "Video resolution. 1080p cannot generate 10s videos.",
                    enumLabels: ["1080p": "1080p (Full HD, 5s only)", "720p": "720p (HD)"]
                ),
                SchemaProperty(
                    "waterMark", type: .string, default: "", title: "Watermark",
                    description: "Watermark text. Empty = no watermark.", isAdvanced: true
                ),
            ],
            required: ["prompt", "duration", "quality", "aspectRatio"],
            displayOrder: ["prompt", "aspectRatio", "duration", "quality"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2.5"], whenAbsent: 5),
                .multiplier("quality", ["720p": "1", "1080p": "2.5"], whenAbsent: "720p"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
