import TokenPricing

extension Models {
    /// Kling V2.1 Pro (Kling) — kie_ai, image to video.
    public static let klingV21ProImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "84084ca4-4153-46bc-8d01-cd4e37d1da68",
            modelId: "kling/v2-1-pro",
            modelName: "Kling V2.1 Pro",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "25",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.1 Pro",
            displayOrderInFamily: 2,
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
                    "negative_prompt", type: .string, default: "blur, distort, and low quality", maxLength: 500,
                    description: "Terms to avoid in the generated video"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000,
                    description: "Text prompt describing the video to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "tail_image_url", type: .string, title: "End Frame (Optional)",
                    description: "URL of end frame image for transitions. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
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
