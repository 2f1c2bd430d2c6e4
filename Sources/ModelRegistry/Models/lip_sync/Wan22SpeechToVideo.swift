import TokenPricing

extension Models {
    /// Wan 2.2 Speech-to-Video (Wan) — kie_ai, lip sync.
    ///
    /// The platform's function charges the per-second rate by resolution (480p 6, 580p 9, 720p 12) for
    /// a fixed 4-second video; the table holds those products.
    public static let wan22SpeechToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "c0d1e2f3-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
            modelId: "wan/2-2-a14b-speech-to-video-turbo",
            modelName: "Wan 2.2 Speech-to-Video",
            provider: .kieAI,
            contentType: .lipSync,
            baseTokenCost: "24",
            estimatedTimeSeconds: 680,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.2 Avatar",
            displayOrderInFamily: 5,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_LIP_SYNC",
            maxFileSizeBytes: 10485760,
            maxAudios: 1
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "audio_url", type: .string, title: "Audio File",
                    description: "Audio for lip-sync (max 4 seconds). Formats: MP3, WAV, OGG, M4A (max 10MB)",
                    renderer: "audio", format: "uri"
                ),
                SchemaProperty(
                    "enable_safety_checker", type: .boolean, default: true, title: "Safety Checker",
                    description: "Check input data for safety", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "frames_per_second", type: .integer, default: 16, minimum: "4", maximum: "60",
                    title: "Frames Per Second", description: "FPS of generated video", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "guidance_scale", type: .number, default: .number("3.5"), minimum: "1", maximum: "10",
                    title: "Guidance Scale", description: "Prompt adherence strength", showToUser: false, step: "0.1",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Input Image",
                    description: "Image to animate. Formats: JPEG, PNG, WebP (max 10MB)", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, default: "", maxLength: 500, title: "Negative Prompt",
                    description: "Content to avoid in the video"
                ),
                SchemaProperty(
                    "num_frames", type: .integer, default: 80, minimum: "40", maximum: "120", title: "Number of Frames",
                    description: "Must be 40-120, multiple of 4", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "num_inference_steps", type: .integer, default: 27, minimum: "2", maximum: "40",
                    title: "Inference Steps", description: "Higher = better quality but slower", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, title: "Prompt",
                    description: "Text prompt for video generation", renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "480p", enum: ["480p", "580p", "720p"], title: "Resolution",
                    description: "Output video resolution",
                    enumLabels: ["480p": "480p (6 credits/s)", "580p": "580p (9 credits/s)", "720p": "720p (12 credits/s)"]
                ),
                SchemaProperty(
                    "seed", type: .integer, default: -1, minimum: "-1", maximum: "2147483647", title: "Seed",
                    description: "Random seed for reproducibility (-1 = random)", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "shift", type: .number, default: 5, minimum: "1", maximum: "10", title: "Shift",
                    description: "Shift value for video generation", showToUser: false, step: "0.1", isAdvanced: true
                ),
            ],
            required: ["prompt", "image_url", "audio_url"],
            imageInputField: "image_url",
            displayOrder: ["prompt", "image_url", "audio_url", "resolution"],
            audioInputField: "audio_url"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", rows: [
                    ("480p", "24"), ("580p", "36"), ("720p", "48")
                ], whenAbsent: ["resolution": "580p"])
            ),
            rounding: RoundingRule(places: 0, mode: .up)
        )
    )
}
