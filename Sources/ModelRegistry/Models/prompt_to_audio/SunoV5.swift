import TokenPricing

extension Models {
    /// Suno V5 (Suno) — kie_ai, prompt to audio.
    public static let sunoV5 = ModelDefinition(
        config: ModelConfig(
            recordId: "0e1f2a3b-4c5d-6e7f-8a9b-9c0d1e2f3a4b",
            modelId: "suno/music-v5",
            modelName: "Suno V5",
            provider: .kieAI,
            contentType: .promptToAudio,
            baseTokenCost: "6",
            estimatedTimeSeconds: 90,
            isActive: true,
            modelFamily: "Suno",
            variantName: "V5 (Latest)",
            displayOrderInFamily: 5,
            maxImages: 0,
            defaultOutputs: 2,
            apiEndpoint: "/api/v1/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/suno.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_AUDIO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "audioWeight", type: .number, default: .number("0.5"), minimum: "0", maximum: "1",
                    title: "Audio Weight", description: "Balance weight for audio features (0-1)", showToUser: false,
                    step: "0.01", isAdvanced: true
                ),
                SchemaProperty(
                    "customMode", type: .boolean, default: false, title: "Custom Mode",
                    description: "Enable detailed control with style and title fields. Disable for simplified mode.",
                    showToUser: false
                ),
                SchemaProperty(
                    "instrumental", type: .boolean, default: false, title: "Instrumental",
                    description: "Generate music without vocals/lyrics."
                ),
                SchemaProperty(
                    "negativeTags", type: .string, default: "", title: "Negative Tags",
                    description: "Styles to exclude (e.g., 'Heavy Metal, Upbeat Drums')", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "personaId", type: .string, default: "", title: "Persona ID",
                    description: "Apply a specific persona style. Only in Custom Mode.", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 500, title: "Prompt",
                    description: "Give an idea for auto-generated lyrics. Max 500 chars.", renderer: "prompt"
                ),
                SchemaProperty(
                    "style", type: .string, default: "", maxLength: 1000, title: "Style",
                    description: "Music style (e.g., Jazz, Classical, Pop). Required in Custom Mode. Max 1000 chars.",
                    showToUser: false
                ),
                SchemaProperty(
                    "styleWeight", type: .number, default: .number("0.5"), minimum: "0", maximum: "1",
                    title: "Style Weight", description: "Strength of style adherence (0-1)", showToUser: false,
                    step: "0.01", isAdvanced: true
                ),
                SchemaProperty(
                    "title", type: .string, default: "", maxLength: 80, title: "Title",
                    description: "Track title. Required in Custom Mode. Max 80 chars.", showToUser: false
                ),
                SchemaProperty(
                    "vocalGender", type: .string, default: "", enum: ["", "m", "f"], title: "Vocal Gender",
                    description: "Vocal gender preference. Only effective in Custom Mode. Not guaranteed.",
                    showToUser: false, enumLabels: ["": "Auto", "f": "Female", "m": "Male"], isAdvanced: true
                ),
                SchemaProperty(
                    "weirdnessConstraint", type: .number, default: .number("0.5"), minimum: "0", maximum: "1",
                    title: "Weirdness", description: "Creative deviation level (0-1)", showToUser: false, step: "0.01",
                    isAdvanced: true
                ),
            ],
            required: ["prompt", "customMode", "instrumental", "style", "title"],
            displayOrder: ["title", "style", "instrumental", "prompt"]
        ),
        pricing: .flat
    )
}
