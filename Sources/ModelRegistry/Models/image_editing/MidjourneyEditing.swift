import TokenPricing

extension Models {
    /// Midjourney (Midjourney) — kie_ai, image editing.
    public static let midjourneyEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "f6a7b8c9-0d1e-2f3a-4b5c-6d7e8f9a0b1c",
            modelId: "midjourney/image-to-image",
            modelName: "Midjourney",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1.5",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Midjourney",
            variantName: "Midjourney",
            displayOrderInFamily: 2,
            maxImages: 4,
            defaultOutputs: 4,
            apiEndpoint: "/api/v1/mj/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/midjourney.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_IMAGE",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "1:1",
                    enum: ["1:2", "9:16", "2:3", "3:4", "5:6", "6:5", "4:3", "3:2", "1:1", "16:9", "2:1"],
                    title: "Aspect Ratio",
                    enumLabels: ["16:9": "Widescreen (16:9)", "1:1": "Square (1:1)", "1:2": "Tall (1:2)", "2:1": "Ultra Wide (2:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)", "3:4": "Portrait (3:4)", "4:3": "Landscape (4:3)", "5:6": "Portrait (5:6)", "6:5": "Landscape (6:5)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "fileUrls", type: .array, title: "Reference Images",
                    description: "One or more reference images for transformation", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri"), minItems: 1
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 2000, title: "Prompt",
                    description: "Text prompt describing the desired image transformation", renderer: "prompt"
                ),
                SchemaProperty(
                    "speed", type: .string, default: "fast", enum: ["relaxed", "fast", "turbo"], title: "Speed",
                    enumLabels: ["fast": "Fast", "relaxed": "Relaxed (Slower, Cheaper)", "turbo": "Turbo (Fastest)"]
                ),
                SchemaProperty(
                    "stylization", type: .integer, default: 100, minimum: "0", maximum: "1000", title: "Stylization",
                    description: "Artistic style intensity (0-1000). Higher = more stylized.", step: "50",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "variety", type: .integer, default: 0, minimum: "0", maximum: "100", title: "Variety",
                    description: "Diversity of results (0-100). Higher = more diverse.", step: "5", isAdvanced: true
                ),
                SchemaProperty(
                    "version", type: .string, default: "7", enum: ["7", "6.1", "6", "5.2", "5.1", "niji6"],
                    title: "Version",
                    enumLabels: ["5.1": "V5.1", "5.2": "V5.2", "6": "V6", "6.1": "V6.1", "7": "V7 (Latest)", "niji6": "Niji 6 (Anime)"],
                    isAdvanced: true
                ),
                SchemaProperty(
                    "waterMark", type: .string, title: "Watermark",
                    description: "Optional watermark text to add to generated images", isAdvanced: true
                ),
                SchemaProperty(
                    "weirdness", type: .integer, default: 0, minimum: "0", maximum: "3000", title: "Weirdness",
                    description: "Creativity level (0-3000). Higher = more unusual.", step: "100", isAdvanced: true
                ),
            ],
            required: ["prompt", "fileUrls"],
            imageInputField: "fileUrls",
            displayOrder: ["prompt", "fileUrls", "aspectRatio", "speed", "version", "stylization"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("speed", ["relaxed": "1", "fast": "2.66667", "turbo": "5.3334"], whenAbsent: "fast"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
