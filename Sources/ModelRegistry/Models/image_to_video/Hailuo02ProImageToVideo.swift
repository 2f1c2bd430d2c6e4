import TokenPricing

extension Models {
    /// Hailuo 02 Pro (Hailuo) — kie_ai, image to video.
    public static let hailuo02ProImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "f9b4c5d6-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
            modelId: "hailuo/02-image-to-video-pro",
            modelName: "Hailuo 02 Pro",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Hailuo",
            variantName: "Hailuo 2 Pro",
            displayOrderInFamily: 2,
            maxImages: 2,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/hailuo.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "end_image_url", type: .string, title: "End Frame Image (Optional)",
                    description: "Optional image to use as the last frame. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Start Frame Image",
                    description: "Image to use as the first frame. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 1500,
                    description: "Text prompt describing the desired video animation", renderer: "prompt"
                ),
                SchemaProperty(
                    "prompt_optimizer", type: .boolean, default: false, title: "Prompt Optimizer",
                    description: "Use the model's prompt optimizer for better results", showToUser: false
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: .flat
    )
}
