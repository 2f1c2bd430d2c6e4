import TokenPricing

extension Models {
    /// Wan 2.5 (Wan) — kie_ai, prompt to video.
    ///
    /// A per-second rate by resolution, times the duration in seconds.
    ///
    /// The config's `costMultipliers` (resolution 1080p ×1.6667 on a base of 30) are not what the
    /// platform charges: its function multiplies a per-second rate (720p 6, 1080p 10) by the duration,
    /// which this port does (1080p, 5 s: 50, not 50.001).
    public static let wan25PromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "f5a0b1c2-7d8e-9f0a-1b2c-3d4e5f6a7b8c",
            modelId: "wan/2-5-text-to-video",
            modelName: "Wan 2.5",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.5",
            displayOrderInFamily: 3,
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
                    "aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"],
                    title: "Aspect Ratio",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10"], title: "Duration",
                    enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "enable_prompt_expansion", type: .boolean, default: true, title: "Prompt Expansion",
                    description: "Use LLM to improve short prompts (increases processing time)", showToUser: false
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, maxLength: 500, title: "Negative Prompt",
                    description: "Describe content to avoid in the video", isAdvanced: true
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 800,
                    description: "Text prompt for video generation (supports Chinese and English)", renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Resolution",
                    enumLabels: ["1080p": "1080p (Full HD)", "720p": "720p (HD)"]
                ),
                SchemaProperty(
                    "seed", type: .integer, title: "Seed",
                    description: "Random seed for reproducibility (leave empty for random)", isAdvanced: true
                ),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", rows: [
                    ("720p", "6"), ("1080p", "10")
                ], whenAbsent: ["resolution": "720p"])
            ),
            factors: [
                .perUnit("duration", unitName: "second", whenAbsent: "5"),
            ]
        ),
        notes: """
            The config's `costMultipliers` (resolution 1080p ×1.6667 on a base of 30) are not what the \
            platform charges: its function multiplies a per-second rate (720p 6, 1080p 10) by the \
            duration, which this port does (1080p, 5 s: 50, not 50.001).
            """
    )
}
