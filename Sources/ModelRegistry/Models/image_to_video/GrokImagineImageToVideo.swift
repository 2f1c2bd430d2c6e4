import TokenPricing

extension Models {
    /// Grok Imagine (xAI) — kie_ai, image to video.
    public static let grokImagineImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "8c46aade-1272-4409-bb3a-3701e2423320",
            modelId: "grok-imagine/image-to-video",
            modelName: "Grok Imagine",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "10",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "xAI",
            variantName: "Grok Imagine",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/grok.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .string, default: "6", enum: ["6", "10"], title: "Duration",
                    description: "Video duration in seconds", enumLabels: ["10": "10 seconds", "6": "6 seconds"]
                ),
                SchemaProperty(
                    "image_urls", type: .array, title: "Upload Image", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri"), maxItems: 1
                ),
                SchemaProperty(
                    "mode", type: .string, default: "normal", enum: ["fun", "normal"], title: "Mode",
                    enumLabels: ["fun": "Fun", "normal": "Normal"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, title: "Prompt (Optional)",
                    description: "Text prompt describing the desired video motion", renderer: "prompt"
                ),
            ],
            required: ["image_urls"],
            imageInputField: "image_urls"
        ),
        pricing: .flat
    )
}
