import TokenPricing

extension Models {
    /// runware stable diffusion xl (Runware) — runware, prompt to image.
    public static let runwareStableDiffusionXl = ModelDefinition(
        config: ModelConfig(
            recordId: "b7f8c5e2-6d4a-5f3b-8e1c-4a7d2f6b3e9a",
            modelId: "runware:stable-diffusion-xl",
            modelName: "runware stable diffusion xl",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.12",
            estimatedTimeSeconds: 10,
            isActive: true,
            modelFamily: "Runware",
            variantName: "stable diffusion xl",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .flat,
            logoUrl: "/logos/plum.png",
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
