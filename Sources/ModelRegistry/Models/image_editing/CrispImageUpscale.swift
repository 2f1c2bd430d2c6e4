import TokenPricing

extension Models {
    /// Crisp Image Upscale (Recraft) — kie_ai, image editing.
    public static let crispImageUpscale = ModelDefinition(
        config: ModelConfig(
            recordId: "00ef3f28-4fab-4244-b93f-0ba48641fcbd",
            modelId: "recraft/crisp-upscale",
            modelName: "Crisp Image Upscale",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "0.25",
            estimatedTimeSeconds: 20,
            isActive: true,
            modelFamily: "Recraft",
            variantName: "Crisp Image Upscale",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/recraft.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "image", type: .string,
                    description: "Image to upscale. Accepted types: image/jpeg, image/png, image/webp; Max size: 10.0MB",
                    renderer: "image"
                ),
            ],
            required: ["image"],
            imageInputField: "image",
            displayOrder: ["image"]
        ),
        pricing: .flat
    )
}
