import TokenPricing

extension Models {
    /// FLUX.1 Schnell (FLUX) — runware, prompt to image.
    public static let flux1Schnell = ModelDefinition(
        config: ModelConfig(
            recordId: "8b3e9d2f-5c6a-7f1b-2e9c-4d5a8f3b7c1e",
            modelId: "runware:flux-schnell",
            modelName: "FLUX.1 Schnell",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.1",
            estimatedTimeSeconds: 10,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "1 Schnell",
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
                SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["PNG", "JPEG", "WEBP"]),
                SchemaProperty("positivePrompt", type: .string, renderer: "prompt"),
            ],
            required: ["positivePrompt", "outputFormat"]
        ),
        pricing: .flat
    )
}
