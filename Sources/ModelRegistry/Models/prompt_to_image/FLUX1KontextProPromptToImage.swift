import TokenPricing

extension Models {
    /// FLUX.1 Kontext Pro (FLUX) — kie_ai, prompt to image.
    public static let flux1KontextProPromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "94b43382-bf4b-490d-82b5-265d14473f9b",
            modelId: "flux-kontext-pro",
            modelName: "FLUX.1 Kontext Pro",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2.5",
            estimatedTimeSeconds: 50,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "1 Kontext Pro",
            displayOrderInFamily: 3,
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
                SchemaProperty("inputImage", type: .string, title: "Upload Image", renderer: "image"),
                SchemaProperty("outputFormat", type: .string, default: "jpeg", enum: ["jpeg", "png"]),
                SchemaProperty("prompt", type: .string, title: "Prompt", renderer: "prompt"),
            ],
            required: ["prompt"],
            imageInputField: "inputImage"
        ),
        pricing: .flat
    )
}
