import TokenPricing

extension Models {
    /// Kling V2.6 (Kling) — kie_ai, prompt to video.
    ///
    /// The config declares a `sound` multiplier (false: ×1, true: ×2) that the platform's function
    /// never applies; this port prices what the platform charges (the observed costs), without it.
    public static let klingV26PromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d6e0f2a4-7b8c-9d0e-1f2a-3b4c5d6e7f8a",
            modelId: "kling-2.6/text-to-video",
            modelName: "Kling V2.6",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "28",
            estimatedTimeSeconds: 200,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.6",
            displayOrderInFamily: 5,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "16:9", enum: ["1:1", "16:9", "9:16"],
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10"],
                    enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 1000, description: "Text prompt used to generate the video",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "sound", type: .boolean, default: false, title: "Generate Sound",
                    description: "Whether the generated video contains sound"
                ),
            ],
            required: ["prompt", "sound", "aspect_ratio", "duration"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5"),
            ]
        ),
        notes: """
            The config declares a `sound` multiplier (false: ×1, true: ×2) that the platform's \
            function never applies; this port prices what the platform charges (the observed costs), \
            without it.
            """
    )
}
