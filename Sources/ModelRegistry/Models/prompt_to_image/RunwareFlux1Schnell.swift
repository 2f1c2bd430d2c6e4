import TokenPricing

extension Models {
    /// Flux.1 Schnell (FLUX) — runware, prompt to image.
    public static let runwareFlux1Schnell = ModelDefinition(
        config: ModelConfig(
            recordId: "32e98d54-3e47-41f8-ae70-0b0c18b78b8f",
            modelId: "runware:100@1",
            modelName: "Flux.1 Schnell",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.2",
            estimatedTimeSeconds: 8,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "Flux 1 Schnell",
            displayOrderInFamily: 1,
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
                    "aspectRatio", type: .string, default: "3:4", enum: ["1:1", "16:9", "9:16", "4:3", "3:4"]
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
