import TokenPricing

extension Models {
    /// Wan 2.2 Animate Move (Wan) — kie_ai, lip sync.
    public static let wan22AnimateMove = ModelDefinition(
        config: ModelConfig(
            recordId: "d3e4f5a6-0b1c-2d3e-4f5a-6b7c8d9e0f1a",
            modelId: "wan/2-2-animate-move",
            modelName: "Wan 2.2 Animate Move",
            provider: .kieAI,
            contentType: .lipSync,
            baseTokenCost: "3",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.2 Animate",
            displayOrderInFamily: 7,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_LIP_SYNC",
            maxFileSizeBytes: 10485760,
            maxDurationSeconds: "30",
            maxVideos: 1
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "image_url", type: .string, title: "Target Image",
                    description: "Image to animate with motion. Will be resized/cropped to match aspect ratio. Formats: JPEG, PNG, WebP (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "480p", enum: ["480p", "580p", "720p"], title: "Resolution",
                    description: "Output video resolution",
                    enumLabels: ["480p": "480p (3 credits/s)", "580p": "580p (5 credits/s)", "720p": "720p (6.5 credits/s)"]
                ),
                SchemaProperty(
                    "video_url", type: .string, title: "Motion Video",
                    description: "Video to extract motion from. Formats: MP4, MOV, MKV (max 10MB, 30s max)",
                    renderer: "video", format: "uri"
                ),
            ],
            required: ["video_url", "image_url"],
            imageInputField: "image_url",
            displayOrder: ["video_url", "image_url", "resolution"],
            videoInputField: "video_url"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", rows: [
                    ("480p", "3"), ("580p", "5"), ("720p", "6.5")
                ], whenAbsent: ["resolution": "480p"])
            ),
            factors: [
                .usage(.videoDuration, assumed: 5, limits: QuantityLimits(maximum: 30)),
            ],
            rounding: RoundingRule(places: 0, mode: .up)
        )
    )
}
