import TokenPricing

extension Models {
    /// Flux 1.1 pro (Flux) — runware, prompt to image.
    public static let flux11Pro = ModelDefinition(
        config: ModelConfig(
            recordId: "e9c7a5f3-8d4b-6f2c-9a1e-5d8b3c7f4a6e",
            modelId: "runware:flux-1.1-pro",
            modelName: "Flux 1.1 pro",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.25",
            estimatedTimeSeconds: 18,
            isActive: true,
            modelFamily: "Flux",
            variantName: "Flux 1.1 Pro",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .flat,
            logoUrl: "/logos/flux.png",
            apiKeyName: "RUNWARE_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "1:1", enum: ["1:1", "16:9", "9:16", "4:3", "3:4"]
                ),
                SchemaProperty(
                    "height", type: .integer, minimum: "128", maximum: "2048",
                    description: "Image height (multiple of 16)"
                ),
                SchemaProperty("negativePrompt", type: .string, description: "What to avoid in the image"),
                SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["PNG", "JPEG", "WEBP"]),
                SchemaProperty("positivePrompt", type: .string, renderer: "prompt"),
                SchemaProperty(
                    "width", type: .integer, minimum: "128", maximum: "2048",
                    description: "Image width (multiple of 16)"
                ),
            ],
            required: ["positivePrompt"]
        ),
        pricing: .flat
    )
}
