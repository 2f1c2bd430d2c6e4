import TokenPricing

extension Models {
    /// Sora 2 Pro Storyboard (Sora) — kie_ai, prompt to video.
    public static let sora2ProStoryboard = ModelDefinition(
        config: ModelConfig(
            recordId: "a9b3c4d5-0e1f-2a3b-4c5d-6e7f8a9b0c1d",
            modelId: "sora-2-pro-storyboard",
            modelName: "Sora 2 Pro Storyboard",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "75",
            estimatedTimeSeconds: 1000,
            isActive: true,
            modelFamily: "Sora",
            variantName: "Sora 2 Pro Storyboard",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/sora.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "landscape", enum: ["portrait", "landscape"],
                    enumLabels: ["landscape": "Landscape", "portrait": "Portrait"]
                ),
                SchemaProperty(
                    "image_urls", type: .array, title: "Reference Image (Optional)",
                    description: "Image to use as the first frame. Formats: jpeg, png, webp (max 10MB). We currently do not support uploads of images containing photorealistic people (AI generated).",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), maxItems: 1
                ),
                SchemaProperty(
                    "n_frames", type: .string, default: "15", enum: ["10", "15", "25"], title: "Total Duration",
                    enumLabels: ["10": "10 seconds", "15": "15 seconds", "25": "25 seconds"]
                ),
                SchemaProperty(
                    "shots", type: .array, title: "Storyboard Shots",
                    description: "Array of scene objects with duration and description",
                    items: ItemsSchema(type: .object, properties: [SchemaProperty("Scene", type: .string, description: "Scene description/prompt"), SchemaProperty("duration", type: .number, description: "Duration in seconds")], required: ["Scene", "duration"]),
                    minItems: 1
                ),
            ],
            required: ["shots", "n_frames"],
            imageInputField: "image_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("n_frames", ["10": "1", "15": "1.8", "25": "2"], whenAbsent: "15"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
