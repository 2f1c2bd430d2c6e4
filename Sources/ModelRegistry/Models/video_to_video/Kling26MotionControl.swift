import TokenPricing

extension Models {
    /// Kling 2.6 Motion Control (Kling) — kie_ai, video to video.
    ///
    /// The platform computes this in binary floating point and then rounds up, so a product that is
    /// exact in decimal can come out just above it and be charged one step more (mode = 720p,
    /// videoDuration = 3.2: floats give 9.7, exact 9.6); this port rounds the exact amount.
    public static let kling26MotionControl = ModelDefinition(
        config: ModelConfig(
            recordId: "d6e7f8a9-0b1c-2d3e-4f5a-6b7c8d9e0f1a",
            modelId: "kling-2.6/motion-control",
            modelName: "Kling 2.6 Motion Control",
            provider: .kieAI,
            contentType: .videoToVideo,
            baseTokenCost: "15",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Kling",
            variantName: "2.6 Motion Control",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.png",
            apiKeyName: "KIE_AI_API_KEY_VIDEO_TO_VIDEO",
            maxFileSizeBytes: 104857600,
            minDurationSeconds: "3",
            maxVideos: 1
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "character_orientation", type: .string, default: "video", enum: ["image", "video"],
                    title: "Character Orientation", description: "Orientation of generated character",
                    enumLabels: ["image": "Match Image (max 10s output)", "video": "Match Video (max 30s output)"]
                ),
                SchemaProperty(
                    "input_urls", type: .array, title: "Subject Image",
                    description: "Image of subject to animate. Must clearly show head, shoulders, and torso. Formats: JPEG, PNG, WebP (max 10MB)",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 1
                ),
                SchemaProperty(
                    "mode", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Resolution",
                    description: "Output video resolution",
                    enumLabels: ["1080p": "1080p (4.5 credits/s)", "720p": "720p (3 credits/s)"]
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 2500, title: "Prompt",
                    description: "Optional text description of the desired output", renderer: "prompt"
                ),
                SchemaProperty(
                    "video_urls", type: .array, title: "Motion Video",
                    description: "Video to extract motion from (3-30s). Must show head, shoulders, and torso. Min 720px width/height. Formats: MP4, MOV, MKV (max 100MB)",
                    renderer: "video", items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 1
                ),
            ],
            required: ["input_urls", "video_urls", "character_orientation", "mode"],
            imageInputField: "input_urls",
            displayOrder: ["prompt", "input_urls", "video_urls", "character_orientation", "mode"],
            videoInputField: "video_urls"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("mode", rows: [
                    ("720p", "3"), ("1080p", "4.5")
                ], whenAbsent: ["mode": "720p"])
            ),
            factors: [
                .usage(
                    .videoDuration, assumed: 5,
                    limits: QuantityLimits(minimum: 3, maximumBy: LimitTable("character_orientation", ["image": "10", "video": "30"], whenAbsent: "video"))
                ),
            ],
            rounding: RoundingRule(places: 1, mode: .up)
        ),
        notes: """
            The platform computes this in binary floating point and then rounds up, so a product that \
            is exact in decimal can come out just above it and be charged one step more (mode = 720p, \
            videoDuration = 3.2: floats give 9.7, exact 9.6); this port rounds the exact amount.
            """
    )
}
