import TokenPricing

extension Models {
    /// Remove Background (Artifio) — runware, image editing.
    public static let removeBackgroundRunware = ModelDefinition(
        config: ModelConfig(
            recordId: "d1d8b152-e123-4375-8f55-c0d0a699009b",
            modelId: "runware:110@1",
            modelName: "Remove Background",
            provider: .runware,
            contentType: .imageEditing,
            baseTokenCost: "0.06",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "Artifio",
            variantName: "Remove Background",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .flat,
            logoUrl: "/logos/artifio.png",
            apiKeyName: "RUNWARE_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("includeCost", type: .boolean, default: true, showToUser: false),
                SchemaProperty("inputImage", type: .string, renderer: "image"),
                SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["PNG", "JPEG", "WEBP"]),
                SchemaProperty(
                    "outputType", type: .array, default: ["URL"], items: ItemsSchema(type: .string, format: "uri"),
                    showToUser: false
                ),
                SchemaProperty("taskType", type: .string, default: "imageBackgroundRemoval", showToUser: false),
            ],
            required: ["inputImage"],
            imageInputField: "inputImage"
        ),
        pricing: .flat
    )
}
