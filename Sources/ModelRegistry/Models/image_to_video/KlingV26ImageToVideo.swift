import TokenPricing

extension Models {
    /// Kling V2.6 (Kling) — kie_ai, image to video.
    ///
    /// The config declares a `sound` multiplier (false: ×1, true: ×2) that the platform's function
    /// never applies; this port prices what the platform charges (the observed costs), without it.
    public static let klingV26ImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "b4c8d0e2-5f6a-7b8c-9d0e-1f2a3b4c5d6e",
            modelId: "kling-2.6/image-to-video",
            modelName: "Kling V2.6",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "28",
            estimatedTimeSeconds: 200,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.6",
            displayOrderInFamily: 5,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10"],
                    enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "image_urls", type: .array, title: "Image",
                    description: "URL of image for video generation. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 1
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 1000, description: "Text prompt used to generate the video",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "sound", type: .boolean, default: false, title: "Generate Sound",
                    description: "Whether the generated video contains sound"
                ),
            ],
            required: ["prompt", "image_urls", "sound", "duration"],
            imageInputField: "image_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5"),
            ]
        ),
        notes: """
            The config declares a `sound` multiplier (false: ×1, true: ×2) that the platform's \
            function never applies; this port prices what the platform charges (the observed costs), \
            without it.
            """
    )
}
