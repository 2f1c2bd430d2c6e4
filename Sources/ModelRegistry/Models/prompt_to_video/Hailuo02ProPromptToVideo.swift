import TokenPricing

extension Models {
    /// Hailuo 02 Pro (Hailuo) — kie_ai, prompt to video.
    public static let hailuo02ProPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d7f2a3b4-9c0d-1e2f-3a4b-5c6d7e8f9a0b",
            modelId: "hailuo/02-text-to-video-pro",
            modelName: "Hailuo 02 Pro",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Hailuo",
            variantName: "Hailuo 2 Pro",
            displayOrderInFamily: 1,
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
                    "prompt", type: .string, maxLength: 1500, description: "Text prompt for video generation",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "prompt_optimizer", type: .boolean, default: true, title: "Prompt Optimizer",
                    description: "Use the model's prompt optimizer for better results", showToUser: false
                ),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
