import TokenPricing

extension Models {
    /// Runway (Runway) — kie_ai, image to video.
    public static let runwayImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d2c37239-d544-4cce-bd8d-fb48ea44b287",
            modelId: "runway-duration-5-generate",
            modelName: "Runway",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "6",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Runway",
            variantName: "Runway",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/runway/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/runway.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .number, default: 5, enum: [5, 10], title: "Duration",
                    description: "Video duration. 10s cannot use 1080p quality.",
                    enumLabels: ["10": "10 seconds (720p only)", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "imageUrl", type: .string, title: "Reference Image",
                    description: "Image to animate. Aspect ratio will be determined by the image.", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 1800, title: "Prompt",
                    description: "Describes how to animate or modify the image content", renderer: "prompt"
                ),
                SchemaProperty(
                    "quality", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Quality",
                    description: "Video resolution. 1080p cannot generate 10s videos.",
                    enumLabels: ["1080p": "1080p (Full HD, 5s only)", "720p": "720p (HD)"]
                ),
                SchemaProperty(
                    "waterMark", type: .string, default: "", title: "Watermark",
                    description: "Watermark text. Empty = no watermark.", isAdvanced: true
                ),
            ],
            required: ["prompt", "imageUrl", "duration", "quality"],
            imageInputField: "imageUrl",
            displayOrder: ["prompt", "imageUrl", "duration", "quality"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2.5"], whenAbsent: 5),
                .multiplier("quality", ["720p": "1", "1080p": "2.5"], whenAbsent: "720p"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
