import TokenPricing

extension Models {
    /// Infinitalk (Infinitalk) — kie_ai, lip sync.
    public static let infinitalk = ModelDefinition(
        config: ModelConfig(
            recordId: "a9b0c1d2-3e4f-5a6b-7c8d-9e0f1a2b3c4d",
            modelId: "infinitalk/from-audio",
            modelName: "Infinitalk",
            provider: .kieAI,
            contentType: .lipSync,
            baseTokenCost: "1.5",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Infinitalk",
            variantName: "from-audio",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/artifio.png",
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
                    "image_url", type: .string, title: "Input Image",
                    description: "Image to animate with speech. Formats: jpeg, png, webp (max 10MB)", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, description: "Text prompt to guide video generation",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "480p", enum: ["480p", "720p"], title: "Resolution",
                    enumLabels: ["480p": "480p (Standard - 1.5 credits/s)", "720p": "720p (HD - 6 credits/s)"]
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "10000", maximum: "1000000", title: "Seed",
                    description: "Random seed for reproducibility (10000-1000000)", showToUser: false
                ),
            ],
            required: ["prompt", "image_url", "audio_url"],
            imageInputField: "image_url",
            audioInputField: "audio_url"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", rows: [
                    ("480p", "1.5"), ("720p", "6")
                ], whenAbsent: ["resolution": "480p"])
            ),
            factors: [
                .usage(.audioDurationSeconds, assumed: 1, limits: QuantityLimits(maximum: 15)),
            ],
            rounding: RoundingRule(places: 0, mode: .up)
        )
    )
}
