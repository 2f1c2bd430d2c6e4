import TokenPricing

extension Models {
    /// Google Veo 3.1 HQ (Google) — kie_ai, image to video.
    public static let googleVeo31HQImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "a5c2ec16-6294-4588-86b6-7b4182601cda",
            modelId: "veo3",
            modelName: "Google Veo 3.1 HQ",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "125",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Google",
            variantName: "Veo 3.1 HQ",
            displayOrderInFamily: 3,
            maxImages: 2,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/veo/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_VEO3"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9", enum: ["16:9", "9:16", "Auto"],
                    enumLabels: ["16:9": "Landscape (16:9)", "9:16": "Portrait (9:16)", "Auto": "Auto (match uploaded image)"]
                ),
                SchemaProperty(
                    "enableTranslation", type: .boolean, default: true,
                    description: "Automatically translate prompts to English", showToUser: false
                ),
                SchemaProperty(
                    "imageUrls", type: .array, title: "Images",
                    description: "1 image for single frame, 2 images for first/last frame transition",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 2
                ),
                SchemaProperty(
                    "prompt", type: .string, description: "Describe the motion and style of the video",
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
