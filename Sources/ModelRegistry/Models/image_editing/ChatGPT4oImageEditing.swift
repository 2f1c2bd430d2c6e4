import TokenPricing

extension Models {
    /// ChatGPT 4o Image (OpenAI) — kie_ai, image editing.
    public static let chatGPT4oImageEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "4b68811b-28be-45cb-bcae-9db721ba4547",
            modelId: "4o-image-api",
            modelName: "ChatGPT 4o Image",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "3",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "ChatGPT 4o Image",
            displayOrderInFamily: 2,
            maxImages: 5,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/gpt4o-image/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/openai.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "enableFallback", type: .boolean, default: false, title: "Enable Fallback",
                    description: "Activate automatic fallback to backup models if GPT-4o image generation is unavailable",
                    showToUser: false
                ),
                SchemaProperty(
                    "fallbackModel", type: .string, default: "FLUX_MAX", enum: ["GPT_IMAGE_1", "FLUX_MAX"],
                    title: "Fallback Model",
                    description: "Specify which backup model to use when the main model is unavailable",
                    showToUser: false
                ),
                SchemaProperty(
                    "filesUrl", type: .array, title: "Image",
                    description: "Up to 5 image URLs to serve as reference or source material. Supported formats: .jfif, .pjpeg, .jpeg, .pjp, .jpg, .png, .webp",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), maxItems: 5
                ),
                SchemaProperty(
                    "isEnhance", type: .boolean, default: false, title: "Enhance Prompt",
                    description: "Enable prompt enhancement for more refined outputs in specialised scenarios (e.g., 3D renders)",
                    showToUser: false
                ),
                SchemaProperty(
                    "maskUrl", type: .string, title: "Mask Image URL",
                    description: "Mask image URL indicating areas to modify (black) versus preserve (white). Must match reference image dimensions. Ignored when multiple images supplied.",
                    renderer: "image", format: "uri", showToUser: false
                ),
                SchemaProperty(
                    "nVariants", type: .integer, default: 1, enum: [1, 2, 4], title: "Number of Outputs",
                    description: "How many image variations to produce. Each option has a different credit cost."
                ),
                SchemaProperty(
                    "prompt", type: .string,
                    description: "Text prompt that conveys the creative idea you want the 4o model to render",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "size", type: .string, default: "1:1", enum: ["1:1", "3:2", "2:3"], title: "Aspect Ratio",
                    description: "Aspect ratio of the generated image"
                ),
                SchemaProperty(
                    "uploadCn", type: .boolean, default: false, title: "Upload via China Servers",
                    description: "Choose the upload region. true routes uploads via China servers; false via non-China servers.",
                    showToUser: false
                ),
            ],
            required: ["prompt", "filesUrl", "size"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("nVariants", ["1": "1", "2": "1.16666", "4": "1.3333"], whenAbsent: 1),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
