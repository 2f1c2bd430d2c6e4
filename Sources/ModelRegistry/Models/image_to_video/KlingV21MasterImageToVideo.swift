import TokenPricing

extension Models {
    /// Kling V2.1 Master (Kling) — kie_ai, image to video.
    public static let klingV21MasterImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "c3397c13-3a52-4973-a87c-b4c20aca0fc0",
            modelId: "kling/v2-1-master-image-to-video",
            modelName: "Kling V2.1 Master",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "80",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.1 Master",
            displayOrderInFamily: 3,
            maxImages: 1,
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
                    "image_url", type: .string, title: "Image",
                    description: "URL of image for video generation. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, default: "blur, distort, and low quality", maxLength: 500,
                    description: "Elements to avoid in the generated video"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000,
                    description: "Text prompt describing the video to generate", renderer: "prompt"
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
