import TokenPricing

extension Models {
    /// FLUX.1 Kontext Pro (FLUX) — kie_ai, image editing.
    public static let flux1KontextProEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "d0ef1f83-a613-47d4-82f8-10e41da3e2a0",
            modelId: "flux-kontext-pro",
            modelName: "FLUX.1 Kontext Pro",
            provider: .kieAI,
            contentType: .imageEditing,
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
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"],
                    title: "Aspect Ratio", description: "Output image aspect ratio"
                ),
                SchemaProperty(
                    "enableTranslation", type: .boolean, default: true, title: "Enable Translation",
                    description: "Auto-translate non-English prompts to English", showToUser: false
                ),
                SchemaProperty(
                    "inputImage", type: .string, title: "Input Image",
                    description: "URL of the input image for editing mode. Required when editing an existing image.",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "outputFormat", type: .string, default: "jpeg", enum: ["jpeg", "png"], title: "Output Format",
                    description: "Output image format"
                ),
                SchemaProperty(
                    "prompt", type: .string, title: "Prompt",
                    description: "Text prompt describing the desired image or edit. Only English is supported.",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "promptUpsampling", type: .boolean, default: false, title: "Prompt Upsampling",
                    description: "Performs upsampling on the prompt. May increase processing time.", showToUser: false
                ),
                SchemaProperty(
                    "safetyTolerance", type: .integer, default: 2, enum: [0, 1, 2, 3, 4, 5, 6],
                    title: "Safety Tolerance",
                    description: "Moderation level (0=strict to 6=permissive for generation, 0-2 for editing)",
                    showToUser: false
                ),
                SchemaProperty(
                    "uploadCn", type: .boolean, default: false, title: "Upload via China Servers",
                    description: "Use China servers for image upload (for users in China)", showToUser: false
                ),
                SchemaProperty(
                    "watermark", type: .string, title: "Watermark",
                    description: "Watermark identifier to add to the generated image", showToUser: false
                ),
            ],
            required: ["prompt"],
            imageInputField: "inputImage"
        ),
        pricing: .flat
    )
}
