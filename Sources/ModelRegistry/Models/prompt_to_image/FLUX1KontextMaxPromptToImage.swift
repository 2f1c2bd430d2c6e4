import TokenPricing

extension Models {
    /// FLUX.1 Kontext Max (FLUX) — kie_ai, prompt to image.
    public static let flux1KontextMaxPromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "c1bd50df-1c27-48a3-8630-0970eedd21f6",
            modelId: "flux-kontext-max",
            modelName: "FLUX.1 Kontext Max",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "5",
            estimatedTimeSeconds: 50,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "Flux Kontext Max",
            displayOrderInFamily: 2,
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
