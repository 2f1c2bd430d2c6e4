import TokenPricing

extension Models {
    /// Seedance 1.0 Pro Fast (Seedance) — runware, prompt to video.
    public static let seedance10ProFastPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "b2c3d4e5-f6a7-1b2c-3d4e-5f6a7b8c9d0e",
            modelId: "bytedance:2@2",
            modelName: "Seedance 1.0 Pro Fast",
            provider: .runware,
            contentType: .promptToVideo,
            baseTokenCost: "3.5",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1 Pro Fast",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .array,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "RUNWARE_API_KEY_VIDEO",
            taskType: "videoInference",
            outputFormat: "mp4"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "9:16", enum: ["9:16", "16:9", "1:1", "4:3", "3:4"],
                    title: "Aspect Ratio", description: "Video dimensions",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "cameraFixed", type: .boolean, default: false, title: "Fixed Camera",
                    description: "Keep camera position fixed during video", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "duration", type: .integer, default: 4, enum: [4, 8, 12], title: "Duration (seconds)",
                    description: "Video length in seconds",
                    enumLabels: ["12": "12 seconds", "4": "4 seconds", "8": "8 seconds"]
                ),
                SchemaProperty(
                    "fps", type: .integer, default: 24, enum: [24, 30], title: "Frame Rate",
                    description: "Frames per second", showToUser: false,
                    enumLabels: ["24": "24 fps (cinematic)", "30": "30 fps (smooth)"], isAdvanced: true
                ),
                SchemaProperty(
                    "height", type: .integer, minimum: "128", maximum: "1280", title: "Height",
                    description: "Video height", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "numberResults", type: .integer, default: 1, minimum: "1", maximum: "1", title: "Number of Videos",
                    description: "How many videos to generate", showToUser: false
                ),
                SchemaProperty(
                    "outputQuality", type: .integer, default: 85, minimum: "20", maximum: "99", title: "Output Quality",
                    description: "Video compression quality", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "positivePrompt", type: .string, default: "", maxLength: 2000, title: "Prompt",
                    description: "Describe the video you want to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "1", maximum: "9007199254740991", title: "Seed",
                    description: "Random seed for reproducibility. Leave blank for random.", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "width", type: .integer, minimum: "128", maximum: "1280", title: "Width",
                    description: "Video width", showToUser: false, isAdvanced: true
                ),
            ],
            required: ["positivePrompt"],
            displayOrder: ["positivePrompt", "aspectRatio", "duration"],
            promptField: "positivePrompt"
        ),
        pricing: PricingRule(
            factors: [
                .perUnit("duration", unitSize: 4, unitName: "4-second block", whenAbsent: 4),
                .perUnit("numberResults", unitName: "result", whenAbsent: 1),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
