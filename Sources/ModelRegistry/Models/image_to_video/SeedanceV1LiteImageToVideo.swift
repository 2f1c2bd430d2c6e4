import TokenPricing

extension Models {
    /// Seedance V1 Lite (Seedance) — kie_ai, image to video.
    public static let seedanceV1LiteImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d7df81f6-dc86-4e04-9f75-d4e8c9b03fb2",
            modelId: "bytedance/v1-lite-image-to-video",
            modelName: "Seedance V1 Lite",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "5",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1 Lite",
            displayOrderInFamily: 1,
            maxImages: 2,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "camera_fixed", type: .boolean, default: false, title: "Fixed Camera",
                    description: "Whether to fix the camera position", isAdvanced: true
                ),
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10"], title: "Duration",
                    enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "enable_safety_checker", type: .boolean, default: false, title: "Safety Checker",
                    description: "Check content for safety before processing", showToUser: false
                ),
                SchemaProperty(
                    "end_image_url", type: .string, title: "End Frame Image (Optional)",
                    description: "Optional image the video ends with. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Start Frame Image",
                    description: "Image to use as start frame. Formats: jpeg, png, webp (max 10MB)", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 10000, description: "Text prompt to guide video generation",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "480p", enum: ["480p", "720p", "1080p"], title: "Resolution",
                    enumLabels: ["1080p": "1080p (High Quality)", "480p": "480p (Fast)", "720p": "720p (Balanced)"]
                ),
                SchemaProperty(
                    "seed", type: .integer, default: -1, minimum: "-1", maximum: "2147483647", title: "Seed",
                    description: "Random seed for reproducibility. Use -1 for random.", isAdvanced: true
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5"),
                .multiplier("resolution", ["480p": "1", "720p": "2.25", "1080p": "5"], whenAbsent: "720p"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
