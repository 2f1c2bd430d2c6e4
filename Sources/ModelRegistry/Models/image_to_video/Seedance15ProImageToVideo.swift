import TokenPricing

extension Models {
    /// Seedance 1.5 Pro (Seedance) — kie_ai, image to video.
    public static let seedance15ProImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "b2c3d4e5-6f7a-8b9c-0d1e-f2a3b4c5d6e7",
            modelId: "bytedance/seedance-1.5-pro",
            modelName: "Seedance 1.5 Pro",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "8",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1.5 Pro",
            displayOrderInFamily: 2,
            maxImages: 2,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "16:9", enum: ["1:1", "21:9", "4:3", "3:4", "16:9", "9:16"],
                    title: "Aspect Ratio", description: "Video frame dimensions",
                    enumLabels: ["16:9": "Widescreen (16:9)", "1:1": "Square (1:1)", "21:9": "Ultrawide (21:9)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Vertical (9:16)"]
                ),
                SchemaProperty(
                    "duration", type: .string, default: "4", enum: ["4", "8", "12"], title: "Duration",
                    description: "Video duration in seconds",
                    enumLabels: ["12": "12 seconds", "4": "4 seconds", "8": "8 seconds"]
                ),
                SchemaProperty(
                    "fixed_lens", type: .boolean, default: false, title: "Fixed Camera",
                    description: "Enable to keep camera static. Disable for dynamic movement.", isAdvanced: true
                ),
                SchemaProperty(
                    "generate_audio", type: .boolean, default: false, title: "Generate Audio",
                    description: "Create sound effects for the video (additional cost)"
                ),
                SchemaProperty(
                    "input_urls", type: .array, title: "Reference Images",
                    description: "Upload 1-2 images. Accepted: JPEG, PNG, WebP. Max 10MB each.", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 2
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 1000, title: "Prompt",
                    description: "Video description (3-1000 characters). Supports Chinese and English.",
                    renderer: "prompt", minLength: 3
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "480p", enum: ["480p", "720p"], title: "Resolution",
                    description: "Video resolution", enumLabels: ["480p": "Standard (480p)", "720p": "High (720p)"]
                ),
            ],
            required: ["prompt", "input_urls", "aspect_ratio", "duration"],
            imageInputField: "input_urls",
            displayOrder: ["prompt", "input_urls", "aspect_ratio", "duration", "resolution", "generate_audio"]
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("generate_audio", "resolution", "duration", rows: [
                    ("false", "480p", "4", "8"), ("false", "480p", "8", "14"), ("false", "480p", "12", "19"),
                    ("false", "720p", "4", "14"), ("false", "720p", "8", "28"), ("false", "720p", "12", "42"),
                    ("true", "480p", "4", "14"), ("true", "480p", "8", "28"), ("true", "480p", "12", "38"),
                    ("true", "720p", "4", "28"), ("true", "720p", "8", "56"), ("true", "720p", "12", "84")
                ], whenAbsent: ["generate_audio": false, "resolution": "480p", "duration": "4"])
            )
        )
    )
}
