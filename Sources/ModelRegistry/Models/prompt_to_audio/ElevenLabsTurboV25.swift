import TokenPricing

extension Models {
    /// ElevenLabs Turbo V2.5 (ElevenLabs) — kie_ai, prompt to audio.
    ///
    /// The platform's function also reads `prompt` (the text it counts, before `text`), which this
    /// model's input schema lacks: a call cannot give it, so this port counts the characters of `text`.
    public static let elevenLabsTurboV25 = ModelDefinition(
        config: ModelConfig(
            recordId: "379f8945-bd7f-48f3-a1bb-9d2e2413234c",
            modelId: "elevenlabs/text-to-speech-turbo-2-5",
            modelName: "ElevenLabs Turbo V2.5",
            provider: .kieAI,
            contentType: .promptToAudio,
            baseTokenCost: "3",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "ElevenLabs",
            variantName: "Turbo V2.5",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/elevenlabs.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_AUDIO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "language_code", type: .string, default: "en",
                    enum: ["en", "es", "fr", "de", "it", "pt", "pl", "tr", "ru", "nl", "cs", "ar", "zh", "ja", "ko", "hi", "sv", "da", "fi", "no", "id", "ms", "vi", "th", "el", "he", "hu", "ro", "bg", "uk"],
                    title: "Language",
                    description: "Language code (ISO 639-1) to enforce. Only supported by Turbo v2.5.",
                    enumLabels: ["ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "ms": "Malay", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese"]
                ),
                SchemaProperty(
                    "next_text", type: .string, default: "", maxLength: 5000, title: "Next Text",
                    description: "Text after current request for continuity when concatenating", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "previous_text", type: .string, default: "", maxLength: 5000, title: "Previous Text",
                    description: "Text before current request for continuity when concatenating", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "similarity_boost", type: .number, default: .number("0.75"), minimum: "0", maximum: "1",
                    title: "Similarity Boost",
                    description: "Similarity boost (0-1). Higher = closer to original voice.", step: "0.01",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "speed", type: .number, default: 1, minimum: "0.7", maximum: "1.2", title: "Speed",
                    description: "Speech speed (0.7-1.2). Below 1 = slower, above 1 = faster.", step: "0.01",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "stability", type: .number, default: .number("0.5"), minimum: "0", maximum: "1", title: "Stability",
                    description: "Voice stability (0-1). Higher = more consistent, lower = more expressive.",
                    step: "0.01", isAdvanced: true
                ),
                SchemaProperty(
                    "style", type: .number, default: 0, minimum: "0", maximum: "1", title: "Style",
                    description: "Style exaggeration (0-1). Higher = more expressive style.", step: "0.01",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "text", type: .string, default: "", maxLength: 5000, title: "Text",
                    description: "The text to convert to speech", renderer: "prompt"
                ),
                SchemaProperty(
                    "timestamps", type: .boolean, default: false, title: "Return Timestamps",
                    description: "Whether to return timestamps for each word", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "voice", type: .string, default: "Brian",
                    enum: ["Rachel", "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River", "Liam", "Charlotte", "Alice", "Matilda", "Will", "Jessica", "Eric", "Chris", "Brian", "Daniel", "Lily", "Bill"],
                    title: "Voice", description: "The voice to use for speech generation", renderer: "voice",
                    enumLabels: ["Alice": "Alice", "Aria": "Aria", "Bill": "Bill", "Brian": "Brian", "Callum": "Callum", "Charlie": "Charlie", "Charlotte": "Charlotte", "Chris": "Chris", "Daniel": "Daniel", "Eric": "Eric", "George": "George", "Jessica": "Jessica", "Laura": "Laura", "Liam": "Liam", "Lily": "Lily", "Matilda": "Matilda", "Rachel": "Rachel", "River": "River", "Roger": "Roger", "Sarah": "Sarah", "Will": "Will"]
                ),
            ],
            required: ["text"],
            displayOrder: ["text", "voice", "language_code", "speed", "stability", "similarity_boost"]
        ),
        pricing: PricingRule(
            factors: [
                .perUnit(
                    "text", measure: .characters, unitSize: 1000, roundUnitsUp: true, unitName: "1,000 characters",
                    whenAbsent: ""
                ),
            ],
            minimumCharge: "3"
        ),
        notes: """
            The platform's function also reads `prompt` (the text it counts, before `text`), which \
            this model's input schema lacks: a call cannot give it, so this port counts the characters \
            of `text`.
            """
    )
}
