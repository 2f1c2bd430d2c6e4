import TokenPricing

extension Models {
    /// Seedance V1.0 Pro Fast (Seedance) — runware, prompt to video.
    public static let seedanceV10ProFastPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "734c7712-aae3-4ad2-93b9-df198623503d",
            modelId: "bytedance:2@2",
            modelName: "Seedance V1.0 Pro Fast",
            provider: .runware,
            contentType: .promptToVideo,
            baseTokenCost: "3.5",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1 Pro Fast",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "RUNWARE_API_KEY_IMAGE_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .number, default: 5, minimum: "2", maximum: "12", title: "Duration (seconds)"
                ),
                SchemaProperty(
                    "fps", type: .number, default: 24, minimum: "12", maximum: "60", title: "Frames Per Second"
                ),
                SchemaProperty("height", type: .number, default: 736, showToUser: false),
                SchemaProperty("includeCost", type: .boolean, default: true, showToUser: false),
                SchemaProperty(
                    "numberResults", type: .number, default: 1, minimum: "1", maximum: "4", title: "number of videos"
                ),
                SchemaProperty("outputFormat", type: .string, default: "mp4", enum: ["mp4", "webm", "mov"]),
                SchemaProperty("outputQuality", type: .number, default: 85, showToUser: false),
                SchemaProperty("positivePrompt", type: .string, title: "Prompt"),
                SchemaProperty(
                    "providerSettings", type: .object, default: ["bytedance": ["cameraFixed": false]], showToUser: false
                ),
                SchemaProperty("taskType", type: .string, default: "videoInference", showToUser: false),
                SchemaProperty("width", type: .number, default: 544, showToUser: false),
            ],
            required: ["positivePrompt", "duration", "numberResults", "outputFormat"]
        ),
        pricing: PricingRule(
            factors: [
                .perUnit("numberResults", unitName: "result", whenAbsent: 1),
            ]
        )
    )
}
