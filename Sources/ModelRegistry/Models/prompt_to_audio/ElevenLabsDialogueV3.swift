import TokenPricing

extension Models {
    /// ElevenLabs Dialogue V3 (ElevenLabs) — kie_ai, prompt to audio.
    public static let elevenLabsDialogueV3 = ModelDefinition(
        config: ModelConfig(
            recordId: "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
            modelId: "elevenlabs/text-to-dialogue-v3",
            modelName: "ElevenLabs Dialogue V3",
            provider: .kieAI,
            contentType: .promptToAudio,
            baseTokenCost: "7",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "ElevenLabs",
            variantName: "Dialogue V3",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/elevenlabs.png",
            apiKeyName: "KIE_AI_API_KEY_TEXT_TO_SPEECH"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "dialogue", type: .array, title: "Dialogue",
                    description: "Array of dialogue entries. Use emotion tags like [excitedly], [whispering], [curiously]. Total text max 5000 characters.",
                    renderer: "dialogue",
                    items: ItemsSchema(type: .object, properties: [SchemaProperty("text", type: .string, maxLength: 5000, title: "Text", description: "Dialogue text content. Supports emotion tags."), SchemaProperty("voice", type: .string, enum: ["Adam", "Alice", "Bill", "Brian", "Callum", "Charlie", "Chris", "Daniel", "Eric", "George", "Harry", "Jessica", "Laura", "Liam", "Lily", "Matilda", "River", "Roger", "Sarah", "Will"], title: "Voice", description: "Voice character for this line")], required: ["text", "voice"]),
                    minItems: 1
                ),
                SchemaProperty(
                    "language_code", type: .string, default: "auto",
                    enum: ["auto", "af", "ar", "hy", "as", "az", "be", "bn", "bs", "bg", "ca", "ceb", "ny", "hr", "cs", "da", "nl", "en", "et", "fil", "fi", "fr", "gl", "ka", "de", "el", "gu", "ha", "he", "hi", "hu", "is", "id", "ga", "it", "ja", "jv", "kn", "kk", "ky", "ko", "lv", "ln", "lt", "lb", "mk", "ms", "ml", "zh", "mr", "ne", "no", "ps", "fa", "pl", "pt", "pa", "ro", "ru", "sr", "sd", "sk", "sl", "so", "es", "sw", "sv", "ta", "te", "th", "tr", "uk", "ur", "vi", "cy"],
                    title: "Language", description: "Language for speech synthesis",
                    enumLabels: ["ar": "Arabic", "auto": "Auto Detect", "da": "Danish", "de": "German", "en": "English", "es": "Spanish", "fi": "Finnish", "fr": "French", "hi": "Hindi", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "tr": "Turkish", "zh": "Mandarin Chinese"],
                    isAdvanced: true
                ),
                SchemaProperty(
                    "stability", type: .number, default: .number("0.5"), enum: [0, .number("0.5"), 1],
                    title: "Stability",
                    description: "Voice stability. Higher = more consistent, lower = more expressive.",
                    enumLabels: ["0": "Expressive (0)", "0.5": "Balanced (0.5)", "1": "Consistent (1)"],
                    isAdvanced: true
                ),
            ],
            required: ["dialogue"],
            displayOrder: ["dialogue", "stability", "language_code"]
        ),
        pricing: PricingRule(
            factors: [
                .perUnit(
                    "dialogue", measure: .characters, itemField: "text", unitSize: 1000, unitName: "1,000 characters",
                    whenAbsent: []
                ),
            ],
            minimumCharge: "7",
            rounding: RoundingRule(places: 0, mode: .up)
        )
    )
}
