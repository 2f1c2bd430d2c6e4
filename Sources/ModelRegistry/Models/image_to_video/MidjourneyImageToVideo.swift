import TokenPricing

extension Models {
    /// Midjourney (Midjourney) — kie_ai, image to video.
    public static let midjourneyImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "e5f6a7b8-9c0d-1e2f-3a4b-5c6d7e8f9a0b",
            modelId: "midjourney/image-to-video",
            modelName: "Midjourney",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "15",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Midjourney",
            variantName: "Midjourney",
            displayOrderInFamily: 3,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/mj/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/midjourney.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "16:9",
                    enum: ["1:2", "9:16", "2:3", "3:4", "5:6", "6:5", "4:3", "3:2", "1:1", "16:9", "2:1"],
                    title: "Aspect Ratio",
                    enumLabels: ["16:9": "Widescreen (16:9)", "1:1": "Square (1:1)", "1:2": "Tall (1:2)", "2:1": "Ultra Wide (2:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)", "3:4": "Portrait (3:4)", "4:3": "Landscape (4:3)", "5:6": "Portrait (5:6)", "6:5": "Landscape (6:5)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "fileUrls", type: .array, title: "Input Image",
                    description: "Single image to animate (only one image supported for video)", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 1
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 2000, title: "Prompt",
                    description: "Text prompt describing the desired video motion and content", renderer: "prompt"
                ),
                SchemaProperty(
                    "waterMark", type: .string, title: "Watermark",
                    description: "Optional watermark text to add to generated video", showToUser: false
                ),
            ],
            required: ["prompt", "fileUrls"],
            imageInputField: "fileUrls",
            displayOrder: ["prompt", "fileUrls", "aspectRatio"]
        ),
        pricing: .flat
    )
}
