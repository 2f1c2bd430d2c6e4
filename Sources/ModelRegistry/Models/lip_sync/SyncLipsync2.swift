import TokenPricing

extension Models {
    /// Sync Lipsync-2 (Sync) — runware, lip sync.
    public static let syncLipsync2 = ModelDefinition(
        config: ModelConfig(
            recordId: "d2e3f4a5-6b7c-1d2e-3f4a-5b6c7d8e9f0a",
            modelId: "sync:lipsync-2@1",
            modelName: "Sync Lipsync-2",
            provider: .runware,
            contentType: .lipSync,
            baseTokenCost: "4",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Sync",
            variantName: "Lipsync-2",
            displayOrderInFamily: 1,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .array,
            logoUrl: "/logos/sync.png",
            apiKeyName: "RUNWARE_API_KEY_VIDEO",
            maxVideos: 1,
            requiresAudio: true,
            taskType: "videoInference"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "inputAudio", type: .string, title: "Audio File",
                    description: "Audio URL or UUID for lip-sync (MP3, WAV)", renderer: "audio"
                ),
                SchemaProperty(
                    "inputVideo", type: .string, title: "Input Video",
                    description: "Video URL or UUID to apply lip sync", renderer: "video"
                ),
                SchemaProperty(
                    "numberResults", type: .integer, default: 1, minimum: "1", maximum: "1", title: "Number of Videos",
                    description: "How many videos to generate", showToUser: false
                ),
                SchemaProperty(
                    "syncMode", type: .string, default: "bounce", enum: ["bounce", "loop", "freeze"],
                    title: "Sync Mode", description: "How to handle audio longer than video",
                    enumLabels: ["bounce": "Bounce (reverse at end)", "freeze": "Freeze (hold last frame)", "loop": "Loop (restart at end)"]
                ),
                SchemaProperty(
                    "temperature", type: .number, default: .number("0.5"), minimum: "0", maximum: "1",
                    title: "Temperature", description: "Controls variation in lip movements (0-1)", showToUser: false,
                    step: "0.1", isAdvanced: true
                ),
            ],
            required: ["inputVideo", "inputAudio"],
            displayOrder: ["inputVideo", "inputAudio", "syncMode"]
        ),
        pricing: PricingRule(
            factors: [
                .perUnit("numberResults", unitName: "result", whenAbsent: 1),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
