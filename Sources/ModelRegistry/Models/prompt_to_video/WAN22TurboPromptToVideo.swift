import TokenPricing

extension Models {
    /// WAN 2.2 Turbo (WAN) — kie_ai, prompt to video.
    public static let wan22TurboPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "7d29fe4e-0a9b-4f3c-8e5d-1a6c9b2d4e8f",
            modelId: "wan/v2-2-turbo-prompt-to-video",
            modelName: "WAN 2.2 Turbo",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "10",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "WAN",
            variantName: "WAN 2.2 Turbo",
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
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
