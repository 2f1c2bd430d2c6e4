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
            variantName: "1 Schnell",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .flat,
            logoUrl: "/logos/flux.svg"
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
