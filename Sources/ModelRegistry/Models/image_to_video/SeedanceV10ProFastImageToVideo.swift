import TokenPricing

extension Models {
    /// Seedance V1.0 Pro Fast (Seedance) — runware, image to video.
    public static let seedanceV10ProFastImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "3ac57af3-f7f0-4205-b1a4-3c7c3c1c7dad",
            modelId: "bytedance:2@2",
            modelName: "Seedance V1.0 Pro Fast",
            provider: .runware,
            contentType: .imageToVideo,
            baseTokenCost: "3.5",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1 Pro Fast",
            displayOrderInFamily: 3,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .flat,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "RUNWARE_API_KEY_IMAGE_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("duration", type: .number, default: 5, minimum: "2", maximum: "12"),
                SchemaProperty("fps", type: .number, default: 24, minimum: "12", maximum: "60"),
                SchemaProperty("height", type: .number, default: 736, showToUser: false),
                SchemaProperty("includeCost", type: .boolean, default: true, showToUser: false),
                SchemaProperty("inputImage", type: .string, renderer: "image"),
                SchemaProperty("outputFormat", type: .string, default: "MP4", enum: ["MP4", "GIF"]),
                SchemaProperty(
                    "outputType", type: .array, default: ["URL"], items: ItemsSchema(type: .string, format: "uri"),
                    showToUser: false
                ),
                SchemaProperty("positivePrompt", type: .string, renderer: "prompt"),
                SchemaProperty("taskType", type: .string, default: "imageToVideo", showToUser: false),
                SchemaProperty("width", type: .number, default: 1280, showToUser: false),
            ],
            required: ["positivePrompt", "inputImage"]
        ),
        pricing: .flat
    )
}
