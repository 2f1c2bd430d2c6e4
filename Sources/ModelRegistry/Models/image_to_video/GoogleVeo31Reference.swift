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
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_VEO3"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["16:9"],
                    description: "Reference mode only supports 16:9 aspect ratio"
                ),
                SchemaProperty(
                    "enableTranslation", type: .boolean, default: true,
                    description: "Automatically translate prompts to English", showToUser: false
                ),
                SchemaProperty(
                    "imageUrls", type: .array, title: "Reference Images",
                    description: "1-3 reference images for material-to-video generation", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 3
                ),
                SchemaProperty(
                    "prompt", type: .string, description: "Describe the video content based on reference materials",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "seeds", type: .integer, minimum: "10000", maximum: "99999",
                    description: "Random seed for reproducible generation", showToUser: false
                ),
                SchemaProperty(
                    "watermark", type: .string, description: "Watermark text to add to video", showToUser: false
                ),
            ],
            required: ["prompt", "imageUrls"],
            imageInputField: "imageUrls"
        ),
        pricing: .flat
    )
}
