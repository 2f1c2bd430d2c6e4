import TokenPricing

extension Models {
    /// ElevenLabs Sound Effect V2 (ElevenLabs) — kie_ai, text to audio.
    public static let elevenLabsSoundEffectV2 = ModelDefinition(
        config: ModelConfig(
            recordId: "a1b2c3d4-5e6f-0a1b-2c3d-e4f5a6b7c8d9",
            modelId: "elevenlabs/sound-effect-v2",
            modelName: "ElevenLabs Sound Effect V2",
            provider: .kieAI,
            contentType: .textToAudio,
            baseTokenCost: "1",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "ElevenLabs",
            variantName: "Sound Effect V2",
            displayOrderInFamily: 4,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/elevenlabs.png",
            apiKeyName: "KIE_AI_API_KEY_TEXT_TO_AUDIO",
            maxDurationSeconds: "22",
            minDurationSeconds: "0.5"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration_seconds", type: .number, default: 5, minimum: "0.5", maximum: "22",
                    title: "Duration (seconds)",
                    description: "Duration in seconds. Leave empty for auto-optimal duration.", step: "0.1"
                ),
                SchemaProperty(
                    "loop", type: .boolean, default: false, title: "Seamless Loop",
                    description: "Create a sound effect that loops smoothly"
                ),
                SchemaProperty(
                    "output_format", type: .string, default: "mp3_44100_128",
                    enum: ["mp3_22050_32", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96", "mp3_44100_128", "mp3_44100_192", "pcm_8000", "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "ulaw_8000", "alaw_8000", "opus_48000_32", "opus_48000_64", "opus_48000_96", "opus_48000_128", "opus_48000_192"],
                    title: "Output Format", description: "Audio output format",
                    enumLabels: ["alaw_8000": "A-law 8kHz", "mp3_22050_32": "MP3 22kHz 32kbps", "mp3_44100_128": "MP3 44kHz 128kbps", "mp3_44100_192": "MP3 44kHz 192kbps", "mp3_44100_32": "MP3 44kHz 32kbps", "mp3_44100_64": "MP3 44kHz 64kbps", "mp3_44100_96": "MP3 44kHz 96kbps", "opus_48000_128": "Opus 48kHz 128kbps", "opus_48000_192": "Opus 48kHz 192kbps", "opus_48000_32": "Opus 48kHz 32kbps", "opus_48000_64": "Opus 48kHz 64kbps", "opus_48000_96": "Opus 48kHz 96kbps", "pcm_16000": "PCM 16kHz", "pcm_22050": "PCM 22kHz", "pcm_24000": "PCM 24kHz", "pcm_44100": "PCM 44kHz", "pcm_48000": "PCM 48kHz (Studio)", "pcm_8000": "PCM 8kHz", "ulaw_8000": "μ-law 8kHz"],
                    isAdvanced: true
                ),
                SchemaProperty(
                    "prompt_influence", type: .number, default: .number("0.3"), minimum: "0", maximum: "1",
                    title: "Prompt Influence",
                    description: "How closely to follow the prompt (0-1). Higher = less variation.", step: "0.01",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "text", type: .string, default: "", maxLength: 450, title: "Description",
                    description: "Describe the sound effect to generate", renderer: "prompt"
                ),
            ],
            required: ["text"],
            displayOrder: ["text", "duration_seconds", "loop"]
        ),
        pricing: PricingRule(
            basis: .rate("0.125"),
            factors: [
                .perUnit("duration_seconds", unitName: "second", whenAbsent: 5),
            ],
            minimumCharge: "1",
            rounding: RoundingRule(places: 2, mode: .up)
        )
    )
}
