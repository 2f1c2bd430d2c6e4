import TokenPricing

extension Models {
    /// WAN 2.2 Turbo (WAN) — kie_ai, image to video.
    public static let wan22TurboImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "e4ae6c36-dfcb-4fe4-94f3-46962df720b1",
            modelId: "wan/2-2-a14b-image-to-video-turbo",
            modelName: "WAN 2.2 Turbo",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "15",
            estimatedTimeSeconds: 180,
            isActive: true,
            modelFamily: "WAN",
            variantName: "WAN 2.2 Turbo",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("image_url", type: .string),
                SchemaProperty("prompt", type: .string, maxLength: 5000),
            ],
            required: ["prompt", "image_url"]
        ),
        pricing: .flat
    )
}
