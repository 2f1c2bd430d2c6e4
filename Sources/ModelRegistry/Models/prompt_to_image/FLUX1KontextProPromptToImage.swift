import TokenPricing

extension Models {
    /// FLUX.1 Kontext Pro (FLUX) — kie_ai, prompt to image.
    public static let flux1KontextProPromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "94b43382-bf4b-490d-82b5-265d14473f9b",
            modelId: "flux-kontext-pro",
            modelName: "FLUX.1 Kontext Pro",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2.5",
            estimatedTimeSeconds: 50,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "Flux Kontext Pro",
            displayOrderInFamily: 3,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/flux/kontext/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/flux.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"],
                    enumLabels: ["16:9": "Widescreen (16:9)", "1:1": "Square (1:1)", "21:9": "Ultra-wide (21:9)", "3:4": "Portrait (3:4)", "4:3": "Standard (4:3)", "9:16": "Mobile Portrait (9:16)"]
                ),
                SchemaProperty("enableTranslation", type: .boolean, default: true, showToUser: false),
                SchemaProperty("inputImage", type: .string, title: "Input Image (Optional)", renderer: "image"),
                SchemaProperty("outputFormat", type: .string, default: "jpeg", enum: ["jpeg", "png"]),
                SchemaProperty("prompt", type: .string, title: "Prompt", renderer: "prompt"),
                SchemaProperty("promptUpsampling", type: .boolean, default: false, showToUser: false),
                SchemaProperty(
                    "safetyTolerance", type: .integer, default: 2, enum: [0, 1, 2, 3, 4, 5, 6], showToUser: false
                ),
                SchemaProperty("uploadCn", type: .boolean, default: false, showToUser: false),
                SchemaProperty("watermark", type: .string, showToUser: false),
            ],
            required: ["prompt"],
            imageInputField: "inputImage"
        ),
        pricing: .flat
    )
}
