import TokenPricing

extension Models {
    /// ElevenLabs Speech-to-Text (ElevenLabs) — kie_ai, speech to text.
    public static let elevenLabsSpeechToText = ModelDefinition(
        config: ModelConfig(
            recordId: "b2c3d4e5-6f0a-1b2c-3d4e-f5a6b7c8d9e0",
            modelId: "elevenlabs/speech-to-text",
            modelName: "ElevenLabs Speech-to-Text",
            provider: .kieAI,
            contentType: .speechToText,
            baseTokenCost: "2",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "ElevenLabs",
            variantName: "Speech-to-Text (Scribe)",
            displayOrderInFamily: 5,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/elevenlabs.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_AUDIO",
            maxFileSizeBytes: 209715200,
            maxAudios: 1
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "audio_url", type: .string, title: "Audio File",
                    description: "Audio to transcribe. Formats: MP3, WAV, AAC, MP4, OGG (max 200MB)", renderer: "audio",
                    format: "uri"
                ),
                SchemaProperty(
                    "diarize", type: .boolean, default: true, title: "Speaker Diarization",
                    description: "Annotate who is speaking in the transcript"
                ),
                SchemaProperty(
                    "language_code", type: .string, default: "", maxLength: 500, title: "Language",
                    description: "Language code (e.g., 'en', 'es'). Leave empty for auto-detect.", isAdvanced: true
                ),
                SchemaProperty(
                    "tag_audio_events", type: .boolean, default: true, title: "Tag Audio Events",
                    description: "Tag events like laughter, applause, music, etc."
                ),
            ],
            required: ["audio_url"],
            displayOrder: ["audio_url", "diarize", "tag_audio_events"],
            audioInputField: "audio_url"
        ),
        pricing: PricingRule(
            basis: .rate("1.75"),
            factors: [
                .usage(.audioDurationMinutes, assumed: 1),
            ],
            minimumCharge: "1",
            rounding: RoundingRule(places: 2, mode: .up)
        )
    )
}
