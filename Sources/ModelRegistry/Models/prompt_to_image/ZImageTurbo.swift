import TokenPricing

extension Models {
    /// Z-Image Turbo (Z-Image) — runware, prompt to image.
    public static let zImageTurbo = ModelDefinition(
        config: ModelConfig(
            recordId: "d4e5f6a7-8b9c-0d1e-2f3a-4b5c6d7e8f9a",
            modelId: "runware:z-image@turbo",
            modelName: "Z-Image Turbo",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "0.2",
            estimatedTimeSeconds: 10,
            isActive: true,
            modelFamily: "Z-Image",
            variantName: "Z-Image Turbo",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .array,
            logoUrl: "/logos/artifio.png",
            apiKeyName: "RUNWARE_API_KEY_PROMPT_TO_IMAGE",
            taskType: "imageInference",
            outputFormat: "JPEG"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "CFGScale", type: .number, default: 0, minimum: "0", maximum: "20", title: "CFG Scale",
                    description: "How closely to follow the prompt. 0 = automatic.", showToUser: false, step: "0.5",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "aspectRatio", type: .string, default: "1:1",
                    enum: ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "3:2", "2:3"], title: "Aspect Ratio",
                    description: "Image dimensions",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "21:9": "Ultrawide (21:9)", "2:3": "Portrait Photo (2:3)", "3:2": "Photo (3:2)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "checkNSFW", type: .boolean, default: true, title: "NSFW Check",
                    description: "Check generated images for NSFW content", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "height", type: .integer, minimum: "128", maximum: "2048", title: "Height",
                    description: "Image height (multiple of 16)", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "negativePrompt", type: .string, maxLength: 2000, title: "Negative Prompt",
                    description: "Describe what to avoid in the image", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "numberResults", type: .integer, default: 1, minimum: "1", maximum: "1", title: "Number of Images",
                    description: "How many images to generate", showToUser: false
                ),
                SchemaProperty(
                    "positivePrompt", type: .string, default: "", maxLength: 2000, title: "Prompt",
                    description: "Describe the image you want to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "1", maximum: "9007199254740991", title: "Seed",
                    description: "Random seed for reproducibility. Leave blank for random.", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "steps", type: .integer, default: 9, minimum: "1", maximum: "50", title: "Steps",
                    description: "Number of inference steps. More steps = better quality but slower.",
                    showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "width", type: .integer, minimum: "128", maximum: "2048", title: "Width",
                    description: "Image width (multiple of 16)", showToUser: false, isAdvanced: true
                ),
            ],
            required: ["positivePrompt"],
            displayOrder: ["positivePrompt", "aspectRatio", "numberResults", "negativePrompt"],
            promptField: "positivePrompt"
        ),
        pricing: PricingRule(
            factors: [
                .perUnit("numberResults", unitName: "result", whenAbsent: 1),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
