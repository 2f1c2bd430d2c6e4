import TokenPricing

extension Models {
    /// HiDream Dev (HiDream) — runware, prompt to image.
    public static let hiDreamDev = ModelDefinition(
        config: ModelConfig(
            recordId: "79ce627d-f90c-47b2-ae3f-9437d93f4529",
            modelId: "runware:97@2",
            modelName: "HiDream Dev",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.5",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "HiDream",
            variantName: "Dev",
            displayOrderInFamily: 2,
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
