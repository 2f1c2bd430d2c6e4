import TokenPricing

extension Models {
    /// HiDream Fast (HiDream) — runware, prompt to image.
    public static let hiDreamFast = ModelDefinition(
        config: ModelConfig(
            recordId: "7fe80ee8-701c-49b9-a21e-79f8c82489c8",
            modelId: "runware:97@1",
            modelName: "HiDream Fast",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.3",
            estimatedTimeSeconds: 10,
            isActive: true,
            modelFamily: "HiDream",
            variantName: "Fast",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .direct,
            logoUrl: "/logos/hidream.png",
            apiKeyName: "RUNWARE_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("CFGScale", type: .number, default: 1, showToUser: false),
                SchemaProperty("checkNSFW", type: .boolean, default: true, showToUser: false),
                SchemaProperty("height", type: .number, default: 1152, showToUser: false),
                SchemaProperty("includeCost", type: .boolean, default: true, showToUser: false),
                SchemaProperty(
                    "numberResults", type: .number, default: 1, title: "number of images", showToUser: false
                ),
                SchemaProperty(
                    "outputFormat", type: .string, default: "WEBP", enum: ["PNG", "JPG", "WEBP"], showToUser: false
                ),
                SchemaProperty("outputType", type: .string, default: "URL", showToUser: false),
                SchemaProperty("positivePrompt", type: .string, renderer: "prompt"),
                SchemaProperty("taskType", type: .string, default: "imageInference", showToUser: false),
                SchemaProperty("taskUUID", type: .string, showToUser: false),
                SchemaProperty("uploadEndpoint", type: .string, showToUser: false),
                SchemaProperty("width", type: .number, default: 896, showToUser: false),
            ],
            required: ["positivePrompt"]
        ),
        pricing: .flat
    )
}
