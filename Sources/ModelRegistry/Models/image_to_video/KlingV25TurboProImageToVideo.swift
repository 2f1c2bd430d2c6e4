import TokenPricing

extension Models {
    /// Kling V2.5 Turbo Pro (Kling) — kie_ai, image to video.
    public static let klingV25TurboProImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "a3b7c9d1-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
            modelId: "kling/v2-5-turbo-image-to-video-pro",
            modelName: "Kling V2.5 Turbo Pro",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "21",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.5 Turbo Pro",
            displayOrderInFamily: 4,
            maxImages: 2,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "cfg_scale", type: .number, default: .number("0.5"), minimum: "0", maximum: "1", title: "CFG Scale",
                    description: "How closely to follow the prompt (0-1)", showToUser: false, step: "0.1"
                ),
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10"],
                    enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Start Frame",
                    description: "URL of start frame image. Formats: jpeg, png, webp (max 10MB)", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, default: "blur, distort, and low quality", maxLength: 2496,
                    description: "Elements to avoid in the video"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 2500, description: "Text description for the video generation",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "tail_image_url", type: .string, title: "End Frame (Optional)",
                    description: "Tail frame image of video. Formats: jpeg, png, webp (max 10MB)", renderer: "image",
                    format: "uri"
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5"),
            ]
        )
    )
}
