import TokenPricing

extension Models {
    /// ElevenLabs Audio Isolation (ElevenLabs) — kie_ai, audio to audio.
    ///
    /// The platform computes this in binary floating point and then rounds up, so a product that is
    /// exact in decimal can come out just above it and be charged one step more (audioDurationSeconds =
    /// 12: floats give 1.3, exact 1.2); this port rounds the exact amount.
    public static let elevenLabsAudioIsolation = ModelDefinition(
        config: ModelConfig(
            recordId: "c3d4e5f6-0a1b-2c3d-4e5f-a6b7c8d9e0f1",
            modelId: "elevenlabs/audio-isolation",
            modelName: "ElevenLabs Audio Isolation",
            provider: .kieAI,
            contentType: .audioToAudio,
            baseTokenCost: "1",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "ElevenLabs",
            variantName: "Audio Isolation",
            displayOrderInFamily: 6,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/elevenlabs.png",
            apiKeyName: "KIE_AI_API_KEY_AUDIO_TO_AUDIO",
            maxFileSizeBytes: 10485760,
            maxAudios: 1
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "audio_url", type: .string, title: "Audio File",
                    description: "Audio to isolate speech from. Formats: MP3, WAV, AAC, MP4, OGG (max 10MB)",
                    renderer: "audio", format: "uri"
                ),
            ],
            required: ["audio_url"],
            displayOrder: ["audio_url"],
            audioInputField: "audio_url"
        ),
        pricing: PricingRule(
            basis: .rate("0.1"),
            factors: [
                .usage(.audioDurationSeconds, assumed: 30),
            ],
            minimumCharge: "1",
            rounding: RoundingRule(places: 1, mode: .up)
        ),
        notes: """
            The platform computes this in binary floating point and then rounds up, so a product that \
            is exact in decimal can come out just above it and be charged one step more \
            (audioDurationSeconds = 12: floats give 1.3, exact 1.2); this port rounds the exact \
            amount.
            """
    )
}
