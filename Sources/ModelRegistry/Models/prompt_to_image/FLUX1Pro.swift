import TokenPricing

extension Models {
    /// FLUX.1 Pro (FLUX) — runware, prompt to image.
    public static let flux1Pro = ModelDefinition(
        config: ModelConfig(
            recordId: "7a2f8c3e-4b5d-6e9a-1f8c-2d4b6e9a3f5c",
            modelId: "runware:100@1",
            modelName: "FLUX.1 Pro",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.2",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "1 Pro",
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
                SchemaProperty("numberResults", type: .integer, default: 1, showToUser: false),
                SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["WEBP", "JPEG", "PNG"]),
                SchemaProperty("positivePrompt", type: .string, maxLength: 5000, title: "Prompt", renderer: "prompt"),
            ],
            required: ["positivePrompt", "numberResults", "outputFormat"]
        ),
        pricing: .flat
    )
}
