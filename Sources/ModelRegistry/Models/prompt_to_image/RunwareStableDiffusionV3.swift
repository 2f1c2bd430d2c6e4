import TokenPricing

extension Models {
    /// runware stable diffusion v3 (Runware) — runware, prompt to image.
    public static let runwareStableDiffusionV3 = ModelDefinition(
        config: ModelConfig(
            recordId: "c8f9b5e2-7d4a-6f3b-9e1c-5a8d3f7b4e9a",
            modelId: "runware:stable-diffusion-v3",
            modelName: "runware stable diffusion v3",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.15",
            estimatedTimeSeconds: 12,
            isActive: true,
            modelFamily: "Runware",
            variantName: "stable diffusion v3",
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
