import TokenPricing

extension Models {
    /// Wan 2.6 (Wan) — kie_ai, image to video.
    public static let wan26ImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "b3c4d5e6-7f8a-9b0c-1d2e-3f4a5b6c7d8e",
            modelId: "wan/2-6-image-to-video",
            modelName: "Wan 2.6",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "35",
            estimatedTimeSeconds: 800,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.6",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10", "15"], title: "Duration",
                    description: "Video duration in seconds",
                    enumLabels: ["10": "10 seconds", "15": "15 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "image_urls", type: .array, title: "Input Image",
                    description: "Image to animate. Accepted: JPEG, PNG, WebP. Max 10MB.", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 1
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 5000, title: "Prompt",
                    description: "Text prompt for video generation. Supports Chinese and English.", renderer: "prompt",
                    minLength: 2
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Resolution",
                    description: "Video resolution", enumLabels: ["1080p": "1080p (Full HD)", "720p": "720p (HD)"]
                ),
            ],
            required: ["prompt", "image_urls"],
            imageInputField: "image_urls",
            displayOrder: ["prompt", "image_urls", "duration", "resolution"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2", "15": "3"], whenAbsent: "5"),
                .multiplier("resolution", ["720p": "1", "1080p": "1.5"], whenAbsent: "720p"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
