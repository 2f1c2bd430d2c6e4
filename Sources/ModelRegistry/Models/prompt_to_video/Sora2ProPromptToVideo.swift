import TokenPricing

extension Models {
    /// Sora 2 Pro (Sora) — kie_ai, prompt to video.
    public static let sora2ProPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "f8a2b3c4-9d0e-1f2a-3b4c-5d6e7f8a9b0c",
            modelId: "sora-2-pro-text-to-video",
            modelName: "Sora 2 Pro",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "75",
            estimatedTimeSeconds: 1000,
            isActive: true,
            modelFamily: "Sora",
            variantName: "Sora 2 Pro",
            displayOrderInFamily: 4,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/sora.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "landscape", enum: ["portrait", "landscape"],
                    enumLabels: ["landscape": "Landscape", "portrait": "Portrait"]
                ),
                SchemaProperty(
                    "n_frames", type: .string, default: "10", enum: ["10", "15"], title: "Duration",
                    enumLabels: ["10": "10 seconds", "15": "15 seconds"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 10000, description: "Text prompt describing the desired video",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "remove_watermark", type: .boolean, default: true, title: "Remove Watermark",
                    description: "Remove watermarks from generated video", showToUser: false
                ),
                SchemaProperty(
                    "size", type: .string, default: "standard", enum: ["standard", "high"], title: "Quality",
                    enumLabels: ["high": "High Quality", "standard": "Standard Quality"]
                ),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("n_frames", ["10": "1", "15": "2"], whenAbsent: "10"),
                .multiplier("size", ["standard": "1", "high": "2.2"], whenAbsent: "standard"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
