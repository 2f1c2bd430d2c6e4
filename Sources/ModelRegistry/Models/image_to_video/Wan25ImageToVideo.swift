import TokenPricing

extension Models {
    /// Wan 2.5 (Wan) — kie_ai, image to video.
    ///
    /// A per-second rate by resolution, times the duration in seconds.
    ///
    /// The config's `costMultipliers` (resolution 1080p ×1.6667 on a base of 30) are not what the
    /// platform charges: its function multiplies a per-second rate (720p 6, 1080p 10) by the duration,
    /// which this port does (1080p, 5 s: 50, not 50.001).
    public static let wan25ImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "a6b1c2d3-8e9f-0a1b-2c3d-4e5f6a7b8c9d",
            modelId: "wan/2-5-image-to-video",
            modelName: "Wan 2.5",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.5",
            displayOrderInFamily: 4,
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
                    "duration", type: .string, default: "5", enum: ["5", "10"], title: "Duration",
                    enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "enable_prompt_expansion", type: .boolean, default: true, title: "Prompt Expansion",
                    description: "Use LLM to rewrite/improve prompt", showToUser: false
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "First Frame Image",
                    description: "Image to use as the first frame. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, maxLength: 500, title: "Negative Prompt",
                    description: "Describe content to avoid in the video", isAdvanced: true
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 800,
                    description: "Text prompt describing the desired video motion", renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Resolution",
                    enumLabels: ["1080p": "1080p (Full HD)", "720p": "720p (HD)"]
                ),
                SchemaProperty(
                    "seed", type: .integer, title: "Seed",
                    description: "Random seed for reproducibility (leave empty for random)", isAdvanced: true
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", rows: [
                    ("720p", "6"), ("1080p", "10")
                ], whenAbsent: ["resolution": "720p"])
            ),
            factors: [
                .perUnit("duration", unitName: "second", whenAbsent: "5"),
            ]
        ),
        notes: """
            The config's `costMultipliers` (resolution 1080p ×1.6667 on a base of 30) are not what the \
            platform charges: its function multiplies a per-second rate (720p 6, 1080p 10) by the \
            duration, which this port does (1080p, 5 s: 50, not 50.001).
            """
    )
}
