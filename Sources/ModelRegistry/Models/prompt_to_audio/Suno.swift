import TokenPricing

extension Models {
    /// Suno (Suno) — kie_ai, prompt to audio.
    public static let suno = ModelDefinition(
        config: ModelConfig(
            recordId: "5c544c90-9344-4acb-9129-0acb9a6a915a",
            modelId: "V5",
            modelName: "Suno",
            provider: .kieAI,
            contentType: .promptToAudio,
            baseTokenCost: "6",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Suno",
            variantName: "Suno",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/suno.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_AUDIO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "audioWeight", type: .number, default: .number("0.5"), minimum: "0.1", maximum: "1",
                    description: "Balance weight for audio features vs. other factors. Optional. Range 0–1, up to 2 decimal places."
                ),
                SchemaProperty("customMode", type: .boolean, default: false, enum: [true, false]),
                SchemaProperty(
                    "instrumental", type: .boolean, default: false, enum: [true, false],
                    description: "Determines if the audio should be instrumental (no lyrics)."
                ),
                SchemaProperty(
                    "model", type: .string, default: "V5", enum: ["V3_5", "V4", "V4_5", "V4_5PLUS", "V5"],
                    description: "V5: Superior musical expression, faster generation. V4_5PLUS: V4.5+ is richer sound, new ways to create, max 8 min. V4_5: V4.5 is smarter prompts, faster generations, max 8 min. V4: V4 is improved vocal quality, max 4 min. V3_5: V3.5 is better song structure, max 4 min."
                ),
                SchemaProperty(
                    "negativeTags", type: .string, maxLength: 500,
                    description: "Music styles or traits to exclude from the generated audio. Use to avoid specific styles."
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 500, title: "Prompt",
                    description: "Style or genre for music generation (e.g., 'cinematic orchestral' or 'upbeat electronic').",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "tags", type: .string, maxLength: 120,
                    description: "Short description of style or genre for the music (e.g., 'cinematic orchestral', 'upbeat electronic')."
                ),
                SchemaProperty(
                    "title", type: .string, maxLength: 80, description: "Optional song title (up to 80 characters)."
                ),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
