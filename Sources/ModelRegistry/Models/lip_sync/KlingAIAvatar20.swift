import TokenPricing

extension Models {
    /// KlingAI Avatar 2.0 (Kling Avatar) — runware, lip sync.
    public static let klingAIAvatar20 = ModelDefinition(
        config: ModelConfig(
            recordId: "c1d2e3f4-5a6b-0c1d-2e3f-4a5b6c7d8e9f",
            modelId: "klingai:avatar@2.0-standard",
            modelName: "KlingAI Avatar 2.0",
            provider: .runware,
            contentType: .lipSync,
            baseTokenCost: "5",
            estimatedTimeSeconds: 900,
            isActive: true,
            modelFamily: "Kling Avatar",
            variantName: "Kling V2 Standard",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .array,
            logoUrl: "/logos/kling.png",
            apiKeyName: "RUNWARE_API_KEY_VIDEO",
            requiresAudio: true,
            taskType: "videoInference",
            outputFormat: "mp4"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "inputAudio", type: .string, title: "Audio File",
                    description: "Audio URL or UUID for lip-sync (MP3, WAV)", renderer: "audio"
                ),
                SchemaProperty(
                    "inputImage", type: .string, title: "Avatar Image",
                    description: "Image URL or UUID of the person/avatar to animate", renderer: "image"
                ),
                SchemaProperty(
                    "numberResults", type: .integer, default: 1, minimum: "1", maximum: "1", title: "Number of Videos",
                    description: "How many videos to generate", showToUser: false
                ),
            ],
            required: ["inputImage", "inputAudio"],
            imageInputField: "inputImage",
            displayOrder: ["inputImage", "inputAudio"],
            audioInputField: "inputAudio"
        ),
        pricing: PricingRule(
            factors: [
                .usage(.audioDurationSeconds, assumed: 1, limits: QuantityLimits(maximum: 60)),
                .perUnit("numberResults", unitName: "result", whenAbsent: 1),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
