import TokenPricing

extension Models {
    /// FLUX.1 Kontext Max (FLUX) — kie_ai, prompt to image.
    public static let flux1KontextMaxPromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "c1bd50df-1c27-48a3-8630-0970eedd21f6",
            modelId: "flux-kontext-max",
            modelName: "FLUX.1 Kontext Max",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "5",
            estimatedTimeSeconds: 50,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "1 Kontext Max",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/flux/kontext/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/flux.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["1:1", "3:4", "4:3", "9:16", "16:9", "21:9"]
                ),
                SchemaProperty(
                    "enableTranslation", type: .boolean, default: true, enum: [true, false], showToUser: false
                ),
                SchemaProperty("inputImage", type: .string, renderer: "image"),
                SchemaProperty("outputFormat", type: .string, default: "jpeg", enum: ["jpeg", "png"]),
                SchemaProperty("prompt", type: .string, renderer: "prompt"),
            ],
            required: ["prompt"],
            imageInputField: "inputImage"
        ),
        pricing: .flat
    )
}
