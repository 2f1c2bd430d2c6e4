import TokenPricing

extension Models {
    /// Runway (Runway) — kie_ai, image to video.
    public static let runwayImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d2c37239-d544-4cce-bd8d-fb48ea44b287",
            modelId: "runway-duration-5-generate",
            modelName: "Runway",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "10",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Runway",
            variantName: "Runway",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/runway.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
                SchemaProperty("image_url", type: .string),
                SchemaProperty("prompt", type: .string),
            ],
            required: ["prompt", "image_url"]
        ),
        pricing: .flat
    )
}
