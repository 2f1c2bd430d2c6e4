import TokenPricing

extension Models {
    /// Kling Avatar Pro (Kling Avatar) — kie_ai, lip sync.
    public static let klingAvatarPro = ModelDefinition(
        config: ModelConfig(
            recordId: "b8c9d0e1-2f3a-4b5c-6d7e-8f9a0b1c2d3e",
            modelId: "kling/ai-avatar-v1-pro",
            modelName: "Kling Avatar Pro",
            provider: .kieAI,
            contentType: .lipSync,
            baseTokenCost: "8",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Kling Avatar",
            variantName: "Kling V1 Pro",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.png",
            apiKeyName: "KIE_AI_API_KEY_LIP_SYNC",
            maxFileSizeBytes: 10485760,
            maxAudios: 1
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "audio_url", type: .string, title: "Audio File",
                    description: "Audio file for lip-sync (max 15 seconds). Formats: mp3, wav, aac, mp4, ogg (max 10MB)",
                    renderer: "audio", format: "uri"
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Avatar Image",
                    description: "Image to use as your avatar. Formats: jpeg, png, webp (max 10MB)", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000,
                    description: "Text prompt to guide video generation (optional)", renderer: "prompt"
                ),
            ],
            required: ["image_url", "audio_url"],
            imageInputField: "image_url",
            audioInputField: "audio_url"
        ),
        pricing: PricingRule(
            factors: [
                .usage(.audioDurationSeconds, assumed: 1, limits: QuantityLimits(maximum: 15)),
            ],
            rounding: RoundingRule(places: 0, mode: .up)
        )
    )
}
