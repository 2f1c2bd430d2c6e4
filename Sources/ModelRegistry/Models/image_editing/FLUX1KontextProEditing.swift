import TokenPricing

extension Models {
    /// FLUX.1 Kontext Pro (FLUX) — kie_ai, image editing.
    public static let flux1KontextProEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "d0ef1f83-a613-47d4-82f8-10e41da3e2a0",
            modelId: "flux-kontext-pro",
            modelName: "FLUX.1 Kontext Pro",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "2.5",
            estimatedTimeSeconds: 50,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "1 Kontext Pro",
            displayOrderInFamily: 3,
            maxImages: 1,
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
                SchemaProperty("inputImage", type: .string, title: "Upload your image", renderer: "image"),
                SchemaProperty("outputFormat", type: .string, default: "jpeg", enum: ["jpeg", "png"]),
                SchemaProperty("prompt", type: .string, renderer: "prompt"),
            ],
            required: ["prompt", "inputImage"],
            imageInputField: "inputImage"
        ),
        pricing: .flat
    )
}
