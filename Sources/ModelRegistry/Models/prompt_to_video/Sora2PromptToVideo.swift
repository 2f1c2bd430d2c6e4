import TokenPricing

extension Models {
    /// Sora 2 (Sora) — kie_ai, prompt to video.
    public static let sora2PromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "e7f1a2b3-8c9d-0e1f-2a3b-4c5d6e7f8a9b",
            modelId: "sora-2-text-to-video",
            modelName: "Sora 2",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "15",
            estimatedTimeSeconds: 1000,
            isActive: true,
            modelFamily: "Sora",
            variantName: "Sora 2",
            displayOrderInFamily: 2,
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
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("n_frames", ["10": "1", "15": "1.16667"], whenAbsent: "10"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
