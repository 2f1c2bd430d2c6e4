import TokenPricing

extension Models {
    /// FLUX.2 Dev (FLUX) — runware, image editing.
    public static let flux2DevEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "2b3c4d5e-6f7a-8b9c-0d1e-f12345678901",
            modelId: "runware:400@1",
            modelName: "FLUX.2 Dev",
            provider: .runware,
            contentType: .imageEditing,
            baseTokenCost: "1.5",
            estimatedTimeSeconds: 14,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "Flux 2 Dev",
            displayOrderInFamily: 4,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .array,
            logoUrl: "/logos/flux.png",
            apiKeyName: "RUNWARE_API_KEY_IMAGE_TO_IMAGE",
            taskType: "imageInference",
            outputFormat: "JPEG"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "CFGScale", type: .number, default: .number("3.5"), minimum: "0", maximum: "20", title: "CFG Scale",
                    description: "How closely to follow the prompt.", showToUser: false, step: "0.5", isAdvanced: true
                ),
                SchemaProperty(
                    "acceleration", type: .string, default: "high", enum: ["none", "low", "medium", "high"],
                    title: "Acceleration", description: "Speed/quality tradeoff", showToUser: false,
                    enumLabels: ["high": "High (fastest)", "low": "Low", "medium": "Medium", "none": "None (highest quality)"],
                    isAdvanced: true
                ),
                SchemaProperty(
                    "aspectRatio", type: .string, default: "3:4",
                    enum: ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "3:2", "2:3"], title: "Aspect Ratio",
                    description: "Output dimensions",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "21:9": "Ultrawide (21:9)", "2:3": "Portrait Photo (2:3)", "3:2": "Photo (3:2)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "height", type: .integer, minimum: "128", maximum: "2048", title: "Height",
                    description: "Output height (multiple of 16)", showToUser: false, isAdvanced: true
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
                    description: "The image to edit/transform", renderer: "imageUpload",
                    items: ItemsSchema(type: .string), minItems: 1, maxItems: 1
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "1", maximum: "9007199254740991", title: "Seed",
                    description: "Random seed for reproducibility. Leave blank for random.", showToUser: false,
                    isAdvanced: true
                ),
                SchemaProperty(
                    "width", type: .integer, minimum: "128", maximum: "2048", title: "Width",
                    description: "Output width (multiple of 16)", showToUser: false, isAdvanced: true
                ),
            ],
            required: ["positivePrompt", "referenceImages"],
            imageInputField: "referenceImages",
            displayOrder: ["positivePrompt", "referenceImages", "aspectRatio", "numberResults"],
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
