import TokenPricing

extension Models {
    /// Google Veo 3.1 Reference (Google) — kie_ai, image to video.
    public static let googleVeo31Reference = ModelDefinition(
        config: ModelConfig(
            recordId: "6e8a863e-8630-4eef-bdbb-5b41f4c883f9",
            modelId: "veo3_fast",
            modelName: "Google Veo 3.1 Reference",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Google",
            variantName: "Veo 3.1 Reference",
            displayOrderInFamily: 2,
            maxImages: 3,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/veo/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/google.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["Auto", "16:9", "9:16"],
                    title: " Aspect Ratio"
                ),
                SchemaProperty("generationType", type: .string, default: "REFERENCE_2_VIDEO", showToUser: false),
                SchemaProperty(
                    "imageUrls", type: .string, title: "Upload Images", description: "Max of 3", renderer: "image"
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seeds", type: .integer, minimum: "10000", maximum: "99999"),
            ],
            required: ["prompt", "imageUrls", "generationType"],
            imageInputField: ""
        ),
        pricing: .flat
    )
}
