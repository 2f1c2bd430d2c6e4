import TokenPricing

extension Models {
    /// Nano Banana by Google (Google) — kie_ai, image editing.
    public static let nanoBananaByGoogleEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "a70d01a3-05de-4918-b934-55a7e5e5d407",
            modelId: "google/nano-banana-edit",
            modelName: "Nano Banana by Google",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "2",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Google",
            variantName: "Nano Banana",
            displayOrderInFamily: 2,
            maxImages: 10,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "image_size", type: .string, default: "auto",
                    enum: ["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"],
                    description: "Aspect ratio for the generated image"
                ),
                SchemaProperty(
                    "image_urls", type: .array,
                    description: "List of URLs of input images for editing, up to 10 images. Accepted types: image/jpeg, image/png, image/webp. Max size: 10MB",
                    renderer: "image", maxItems: 10
                ),
                SchemaProperty(
                    "output_format", type: .string, default: "png", enum: ["png", "jpeg"],
                    description: "Output format for the images"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, description: "The prompt for image editing",
                    renderer: "prompt"
                ),
            ],
            required: ["prompt", "image_urls"],
            imageInputField: "image_urls"
        ),
        pricing: .flat
    )
}
