import TokenPricing

extension Models {
    /// Google Image Upscale (Google) — kie_ai, image editing.
    public static let googleImageUpscale = ModelDefinition(
        config: ModelConfig(
            recordId: "2959b083-2177-4b8c-ae56-31170c2eb9dc",
            modelId: "nano-banana-upscale",
            modelName: "Google Image Upscale",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "0.25",
            estimatedTimeSeconds: 18,
            isActive: true,
            modelFamily: "Google",
            variantName: "Google Image Upscale",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "face_enhance", type: .boolean, default: false, enum: [true, false],
                    description: "AI-powered facial enhancement", showToUser: false
                ),
                SchemaProperty("image", type: .string, description: "Choose file to transform 🎨", renderer: "image"),
                SchemaProperty(
                    "scale", type: .number, default: 2, enum: [1, 2, 3, 4],
                    description: "How big? We'll enhance and apply digital zoom. (2x-4x)"
                ),
            ],
            required: ["image"],
            imageInputField: "image"
        ),
        pricing: .flat
    )
}
