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
            logoUrl: "/logos/runware.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["PNG", "JPEG", "WEBP"]),
                SchemaProperty("positivePrompt", type: .string, renderer: "prompt"),
            ],
            required: ["positivePrompt", "outputFormat"]
        ),
        pricing: .flat
    )
}
