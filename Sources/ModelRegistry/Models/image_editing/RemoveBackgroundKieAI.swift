import TokenPricing

extension Models {
    /// Remove Background (KIE AI) — kie_ai, image editing.
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
            modelFamily: "KIE AI",
            variantName: "Remove Background",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/removebg.svg"
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
