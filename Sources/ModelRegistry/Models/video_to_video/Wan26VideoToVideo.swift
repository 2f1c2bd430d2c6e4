import TokenPricing

extension Models {
    /// Wan 2.6 (Wan) — kie_ai, video to video.
    public static let wan26VideoToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "a2b3c4d5-6e7f-8a9b-0c1d-2e3f4a5b6c7d",
            modelId: "wan/2-6-video-to-video",
            modelName: "Wan 2.6",
            provider: .kieAI,
            contentType: .videoToVideo,
            baseTokenCost: "35",
            estimatedTimeSeconds: 800,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.6",
            displayOrderInFamily: 3,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_VIDEO_TO_VIDEO",
            maxFileSizeBytes: 10485760,
            maxVideos: 1,
            acceptedVideoTypes: ["video/mp4", "video/quicktime", "video/x-matroska"]
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10"], title: "Duration",
                    description: "Output video duration in seconds", enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 5000, title: "Prompt",
                    description: "Describe how to transform the video. Supports Chinese and English.",
                    renderer: "prompt", minLength: 2
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "720p", enum: ["720p", "1080p"], title: "Resolution",
                    description: "Output video resolution",
                    enumLabels: ["1080p": "1080p (Full HD)", "720p": "720p (HD)"]
                ),
                SchemaProperty(
                    "video_urls", type: .array, title: "Input Video",
                    description: "Video to transform. Accepted: MP4, MOV, MKV. Max 10MB.", renderer: "video",
                    items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 1
                ),
            ],
            required: ["prompt", "video_urls"],
            displayOrder: ["prompt", "video_urls", "duration", "resolution"],
            videoInputField: "video_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5"),
                .multiplier("resolution", ["720p": "1", "1080p": "2"], whenAbsent: "720p"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
