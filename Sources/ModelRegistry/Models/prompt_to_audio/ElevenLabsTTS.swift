import TokenPricing

extension Models {
    /// Eleven Labs TTS (ElevenLabs) — kie_ai, prompt to audio.
    public static let elevenLabsTTS = ModelDefinition(
        config: ModelConfig(
            recordId: "45fc7e71-0174-48eb-998d-547e8d2476db",
            modelId: "elevenlabs/text-to-speech-multilingual-v2",
            modelName: "Eleven Labs TTS",
            provider: .kieAI,
            contentType: .promptToAudio,
            baseTokenCost: "3",
            estimatedTimeSeconds: 90,
            isActive: true,
            modelFamily: "ElevenLabs",
            variantName: "TTS",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/elevenlabs.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "similarity_boost", type: .number, default: .number("0.75"), minimum: "0", maximum: "1",
                    title: "Similarity boost (0-1)"
                ),
                SchemaProperty(
                    "speed", type: .number, default: 1, minimum: "0", maximum: "1.2", title: "Input.Speed",
                    description: "Speech speed (0.7-1.2)"
                ),
                SchemaProperty(
                    "stability", type: .number, default: .number("0.5"), minimum: "0", maximum: "1",
                    title: "Voice stability (0-1)"
                ),
                SchemaProperty(
                    "style", type: .number, default: 0, minimum: "0", maximum: "1", title: "Style exaggeration (0-1)"
                ),
                SchemaProperty(
                    "text", type: .string, maxLength: 5000, title: "Input Text",
                    description: "The text to convert to speech"
                ),
                SchemaProperty(
                    "timestamps", type: .boolean, default: false, enum: [true, false], title: "Input.Timestamps",
                    description: "Whether to return timestamps for each word in the generated speech"
                ),
                SchemaProperty(
                    "voice", type: .string, default: "Rachel",
                    enum: ["Rachel", "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River", "Liam", "Charlotte", "Alice", "Matilda", "Will", "Jessica", "Eric", "Chris", "Brian", "Daniel", "Lily", "Bill"],
                    title: "Input.Voice", description: "The voice to use for speech generation"
                ),
            ],
            required: ["text"]
        ),
        pricing: .flat
    )
}
