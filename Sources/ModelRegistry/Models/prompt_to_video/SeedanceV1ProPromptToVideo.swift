import TokenPricing

extension Models {
    /// Seedance V1 Pro (Seedance) — kie_ai, prompt to video.
    public static let seedanceV1ProPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d7c6b5a4-6e3f-2c1d-7a0f-4d6b7c8e5a9f",
            modelId: "bytedance/v1-pro-text-to-video",
            modelName: "Seedance V1 Pro",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "7",
            estimatedTimeSeconds: 200,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1 Pro",
            displayOrderInFamily: 4,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "16:9", enum: ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"],
                    title: "Aspect Ratio",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "21:9": "Ultra Wide (21:9)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Vertical (9:16)"]
                ),
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
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5"),
                .multiplier("resolution", ["480p": "1", "720p": "2.14285", "1080p": "5"], whenAbsent: "720p"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
