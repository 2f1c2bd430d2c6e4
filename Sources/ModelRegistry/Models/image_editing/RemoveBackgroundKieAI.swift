import TokenPricing

extension Models {
    /// Remove Background (Recraft) — kie_ai, image editing.
    public static let removeBackgroundKieAI = ModelDefinition(
        config: ModelConfig(
            recordId: "58b8b09f-57fd-42e3-ae2d-689e9ea3064d",
            modelId: "recraft/remove-background",
            modelName: "Remove Background",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "0.5",
            estimatedTimeSeconds: 20,
            isActive: true,
            modelFamily: "Recraft",
            variantName: "Remove Background",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/plum.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("image", type: .string, renderer: "image"),
            ],
            required: ["image"],
            imageInputField: "image"
        ),
        pricing: .flat
    )
}
