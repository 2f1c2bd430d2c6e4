import TokenPricing

extension Models {
    /// Flux.1 Dev (FLUX) — runware, prompt to image.
    public static let flux1Dev = ModelDefinition(
        config: ModelConfig(
            recordId: "f311e8bd-d7a8-4f81-b186-3ac6a5aefe8c",
            modelId: "runware:101@1",
            modelName: "Flux.1 Dev",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.4",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "Flux 1 Dev",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .flat,
            logoUrl: "/logos/flux.png",
            apiKeyName: "RUNWARE_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("CFGScale", type: .number, default: .number("3.5"), showToUser: false),
                SchemaProperty("checkNSFW", type: .boolean, default: true, showToUser: false),
                SchemaProperty("height", type: .number, default: 1152, showToUser: false),
                SchemaProperty("includeCost", type: .boolean, default: true, showToUser: false),
                SchemaProperty(
                    "numberResults", type: .number, default: 1, title: "number of images", showToUser: false
                ),
                SchemaProperty(
                    "outputFormat", type: .string, default: "WEBP", enum: ["WEBP", "JPEG", "PNG"],
                    title: "Output Format"
                ),
                SchemaProperty("outputQuality", type: .number, default: 85, showToUser: false),
                SchemaProperty(
                    "outputType", type: .array, default: ["URL"], items: ItemsSchema(type: .string, format: "uri"),
                    showToUser: false
                ),
                SchemaProperty("positivePrompt", type: .string, renderer: "prompt"),
                SchemaProperty(
                    "scheduler", type: .string, default: "FlowMatchEulerDiscreteScheduler", showToUser: false
                ),
                SchemaProperty("steps", type: .number, default: 28, showToUser: false),
                SchemaProperty("taskType", type: .string, default: "imageInference", showToUser: false),
                SchemaProperty("width", type: .number, default: 896, showToUser: false),
            ],
            required: ["positivePrompt", "numberResults", "outputFormat"]
        ),
        pricing: .flat
    )
}
