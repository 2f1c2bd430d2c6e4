import TokenPricing

extension Models {
    /// Topaz Video Upscale (Topaz) — kie_ai, video to video.
    public static let topazVideoUpscale = ModelDefinition(
        config: ModelConfig(
            recordId: "f1a2b3c4-5d6e-7f8a-9b0c-1d2e3f4a5b6c",
            modelId: "topaz/video-upscale",
            modelName: "Topaz Video Upscale",
            provider: .kieAI,
            contentType: .videoToVideo,
            baseTokenCost: "5",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Topaz",
            variantName: "Video Upscale",
            displayOrderInFamily: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/topaz.png",
            apiKeyName: "KIE_AI_API_KEY_VIDEO_TO_VIDEO",
            maxFileSizeBytes: 10485760,
            maxVideos: 1,
            acceptedVideoTypes: ["video/mp4", "video/quicktime", "video/x-matroska"]
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "upscale_factor", type: .string, default: "2", enum: ["1", "2", "4"], title: "Upscale Factor",
                    description: "Factor to upscale video. 2x doubles width and height.",
                    enumLabels: ["1": "1x (Original)", "2": "2x (Double resolution)", "4": "4x (Quadruple resolution)"]
                ),
                SchemaProperty(
                    "video_url", type: .string, title: "Input Video",
                    description: "Video to upscale. Accepted: MP4, MOV, MKV. Max 10MB.", renderer: "video",
                    format: "uri"
                ),
            ],
            required: ["video_url"],
            displayOrder: ["video_url", "upscale_factor"],
            videoInputField: "video_url"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("upscale_factor", ["1": "1", "2": "2", "4": "4"], whenAbsent: "2"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
