import TokenPricing

extension Models {
    /// Nano Banana by Google (Google) — kie_ai, prompt to image.
    public static let nanoBananaByGooglePromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "09b03fa3-e648-4d42-8494-b91bd2e609b8",
            modelId: "google/nano-banana",
            modelName: "Nano Banana by Google",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "Google",
            variantName: "Nano Banana",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "image_size", type: .string, default: "1:1",
                    enum: ["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"],
                    description: "Aspect ratio for the generated image"
                ),
                SchemaProperty(
                    "output_format", type: .string, default: "png", enum: ["png", "jpeg"],
                    description: "Output format for the images"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, description: "The prompt for image generation",
                    renderer: "prompt"
                ),
            ],
            required: ["prompt"]
        ),
        pricing: .flat
    )
}
