import TokenPricing

extension Models {
    /// Qwen Image Editor Lite (Qwen) — runware, image editing.
    public static let qwenImageEditorLite = ModelDefinition(
        config: ModelConfig(
            recordId: "f5a1b2c3-4d5e-6f7a-8b9c-0d1e2f3a4b5c",
            modelId: "runware:108@20",
            modelName: "Qwen Image Editor Lite",
            provider: .runware,
            contentType: .imageEditing,
            baseTokenCost: "0.4",
            estimatedTimeSeconds: 12,
            isActive: true,
            modelFamily: "Qwen",
            variantName: "Image Editor Lite",
            displayOrderInFamily: 3,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .array,
            logoUrl: "/logos/qwen.png",
            apiKeyName: "RUNWARE_API_KEY_IMAGE_EDITING",
            taskType: "imageInference",
            outputFormat: "JPEG"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "CFGScale", type: .number, default: 4, minimum: "0", maximum: "20", title: "CFG Scale",
                    description: "How closely to follow the prompt.", showToUser: false, step: "0.5", isAdvanced: true
                ),
                SchemaProperty(
                    "aspectRatio", type: .string, default: "3:4",
                    enum: ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "3:2", "2:3"], title: "Aspect Ratio",
                    description: "Output dimensions",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "21:9": "Ultrawide (21:9)", "2:3": "Portrait Photo (2:3)", "3:2": "Photo (3:2)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "checkNSFW", type: .boolean, default: true, title: "NSFW Check",
                    description: "Check generated images for NSFW content", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "height", type: .integer, minimum: "128", maximum: "2048", title: "Height",
                    description: "Output height (multiple of 16)", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "negativePrompt", type: .string, maxLength: 2000, title: "Negative Prompt",
                    description: "Describe what to avoid in the output", showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "numberResults", type: .integer, default: 1, minimum: "1", maximum: "1", title: "Number of Images",
                    description: "How many images to generate", showToUser: false
                ),
                SchemaProperty(
                    "positivePrompt", type: .string, default: "", maxLength: 2000, title: "Prompt",
                    description: "Describe the changes you want to make to the image", renderer: "prompt"
                ),
                SchemaProperty(
                    "referenceImages", type: .array, title: "Reference Image",
                    description: "The image to edit/transform", renderer: "image", items: ItemsSchema(type: .string),
                    minItems: 1, maxItems: 1
                ),
                SchemaProperty(
                    "scheduler", type: .string, default: "UniPC",
                    enum: ["UniPC", "Euler", "Euler A", "DDIM", "DPM++ 2M", "DPM++ 2M Karras", "DPM++ 2M SDE", "DPM++ 2M SDE Karras", "DPM++ 3M SDE", "DPM++ 3M SDE Karras"],
                    title: "Scheduler", description: "Sampling algorithm - affects quality and style",
                    showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "1", maximum: "9007199254740991", title: "Seed",
                    description: "Random seed for reproducibility. Leave blank for random.", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "steps", type: .integer, default: 8, minimum: "1", maximum: "50", title: "Steps",
                    description: "Number of inference steps. More steps = better quality but slower.",
                    showToUser: false, isAdvanced: true
                ),
                SchemaProperty(
                    "width", type: .integer, minimum: "128", maximum: "2048", title: "Width",
                    description: "Output width (multiple of 16)", showToUser: false, isAdvanced: true
                ),
            ],
            required: ["positivePrompt", "referenceImages"],
            imageInputField: "referenceImages",
            displayOrder: ["positivePrompt", "referenceImages", "aspectRatio", "negativePrompt"],
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
