import TokenPricing

extension Models {
    /// runware flux 1.1 pro (Runware) — runware, prompt to image.
    public static let runwareFlux11Pro = ModelDefinition(
        config: ModelConfig(
            recordId: "e9c7a5f3-8d4b-6f2c-9a1e-5d8b3c7f4a6e",
            modelId: "runware:flux-1.1-pro",
            modelName: "runware flux 1.1 pro",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.25",
            estimatedTimeSeconds: 18,
            isActive: true,
            modelFamily: "Runware",
            variantName: "flux 1.1 pro",
            displayOrderInFamily: 3,
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
