import TokenPricing

extension Models {
    /// Hailuo 02 Standard (Hailuo) — kie_ai, prompt to video.
    ///
    /// The config's `costMultipliers.duration` (10 s ×1.6667, i.e. 25.0005) is not what the platform
    /// charges: its function prices 10 s at 25 exactly, which this port does.
    public static let hailuo02StandardPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "e8a3b4c5-0d1e-2f3a-4b5c-6d7e8f9a0b1c",
            modelId: "hailuo/02-text-to-video-standard",
            modelName: "Hailuo 02 Standard",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "15",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Hailuo",
            variantName: "Hailuo 2 Standard",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/hailuo.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .string, default: "6", enum: ["6", "10"], title: "Duration",
                    enumLabels: ["10": "10 seconds", "6": "6 seconds"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 1500, description: "Text description for video generation",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "prompt_optimizer", type: .boolean, default: true, title: "Prompt Optimizer",
                    description: "Use the model's prompt optimizer for better results", showToUser: false
                ),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("duration", rows: [
                    ("6", "15"), ("10", "25")
                ], whenAbsent: ["duration": "6"])
            )
        ),
        notes: """
            The config's `costMultipliers.duration` (10 s ×1.6667, i.e. 25.0005) is not what the \
            platform charges: its function prices 10 s at 25 exactly, which this port does.
            """
    )
}
