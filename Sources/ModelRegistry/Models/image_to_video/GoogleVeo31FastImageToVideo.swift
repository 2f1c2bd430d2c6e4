import TokenPricing

extension Models {
    /// Google Veo 3.1 Fast (Google) — kie_ai, image to video.
    public static let googleVeo31FastImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "8aac94cb-5625-47f4-880c-4f0fd8bd83a1",
            modelId: "veo3_fast",
            modelName: "Google Veo 3.1 Fast",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "30",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Google",
            variantName: "Veo 3.1 Fast",
            displayOrderInFamily: 1,
            maxImages: 2,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/veo/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/google.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("aspectRatio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
                SchemaProperty(
                    "endFrame", type: .string, title: "End Frame (Optional)",
                    description: "Last frame for the video generation (optional)", renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "generationType", type: .string, default: "FIRST_AND_LAST_FRAMES_2_VIDEO", showToUser: false
                ),
                SchemaProperty("model", type: .string, default: "veo3_fast", showToUser: false),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 1000, description: "Describe the motion and style",
                    renderer: "prompt"
                ),
                SchemaProperty("seeds", type: .number, minimum: "10000", maximum: "99999"),
                SchemaProperty(
                    "startFrame", type: .string, title: "Start Frame",
                    description: "First frame for the video generation", renderer: "image", format: "uri"
                ),
            ],
            required: ["prompt", "startFrame", "model", "generationType"],
            usePromptRenderer: true
        ),
        pricing: .flat
    )
}
