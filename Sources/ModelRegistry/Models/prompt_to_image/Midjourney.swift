import TokenPricing

extension Models {
    /// Midjourney (Midjourney) — kie_ai, prompt to image.
    public static let midjourney = ModelDefinition(
        config: ModelConfig(
            recordId: "eff6c62e-c20e-4eed-9f5b-81e1a7f01529",
            modelId: "midjourney/text-to-image",
            modelName: "Midjourney",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "1.5",
            estimatedTimeSeconds: 45,
            isActive: true,
            modelFamily: "Midjourney",
            variantName: "Midjourney",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 4,
            apiEndpoint: "/api/v1/mj/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/midjourney.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "1:1",
                    enum: ["1:2", "9:16", "2:3", "3:4", "5:6", "6:5", "4:3", "3:2", "1:1", "16:9", "2:1"],
                    enumLabels: ["16:9": "Widescreen (16:9)", "1:1": "Square (1:1)", "1:2": "Tall (1:2)", "2:1": "Ultra Wide (2:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)", "3:4": "Portrait (3:4)", "4:3": "Landscape (4:3)", "5:6": "Portrait (5:6)", "6:5": "Landscape (6:5)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 2000,
                    description: "Text prompt describing the desired image content", renderer: "prompt"
                ),
                SchemaProperty(
                    "speed", type: .string, default: "fast", enum: ["relaxed", "fast", "turbo"],
                    enumLabels: ["fast": "Fast", "relaxed": "Relaxed (Slower, Cheaper)", "turbo": "Turbo (Fastest)"]
                ),
                SchemaProperty(
                    "stylization", type: .integer, default: 100, minimum: "0", maximum: "1000",
                    description: "Artistic style intensity (0-1000). Higher = more stylized.", step: "50",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "variety", type: .integer, default: 0, minimum: "0", maximum: "100",
                    description: "Diversity of results (0-100). Higher = more diverse.", step: "5", isAdvanced: true
                ),
                SchemaProperty(
                    "version", type: .string, default: "7", enum: ["7", "6.1", "6", "5.2", "5.1", "niji6"],
                    enumLabels: ["5.1": "V5.1", "5.2": "V5.2", "6": "V6", "6.1": "V6.1", "7": "V7 (Latest)", "niji6": "Niji 6 (Anime)"],
                    isAdvanced: true
                ),
                SchemaProperty(
                    "weirdness", type: .integer, default: 0, minimum: "0", maximum: "3000",
                    description: "Creativity level (0-3000). Higher = more unusual.", step: "100", isAdvanced: true
                ),
            ],
            required: ["prompt"],
            displayOrder: ["prompt", "aspectRatio", "speed", "version", "stylization"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("speed", ["relaxed": "1", "fast": "2.66667", "turbo": "5.3334"], whenAbsent: "fast"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
