import TokenPricing

extension Models {
    /// Eleven Labs Fast (ElevenLabs) — kie_ai, prompt to audio.
    public static let elevenLabsFast = ModelDefinition(
        config: ModelConfig(
            recordId: "379f8945-bd7f-48f3-a1bb-9d2e2413234c",
            modelId: "elevenlabs/text-to-speech-turbo-2-5",
            modelName: "Eleven Labs Fast",
            provider: .kieAI,
            contentType: .promptToAudio,
            baseTokenCost: "1.25",
            estimatedTimeSeconds: 90,
            isActive: true,
            modelFamily: "ElevenLabs",
            variantName: "Fast",
            displayOrderInFamily: 1,
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
            required: ["text"],
            displayOrder: ["text", "voice", "stability", "similarity_boost", "style", "speed", "timestamps"]
        ),
        pricing: .flat
    )
}
