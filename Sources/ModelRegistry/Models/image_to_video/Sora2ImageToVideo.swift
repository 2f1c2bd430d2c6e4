import TokenPricing

extension Models {
    /// Sora 2 (Sora) — kie_ai, image to video.
    public static let sora2ImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "b0c4d5e6-1f2a-3b4c-5d6e-7f8a9b0c1d2e",
            modelId: "sora-2-image-to-video",
            modelName: "Sora 2",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "15",
            estimatedTimeSeconds: 1000,
            isActive: true,
            modelFamily: "Sora",
            variantName: "Sora 2",
            displayOrderInFamily: 3,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/sora.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "landscape", enum: ["portrait", "landscape"],
                    enumLabels: ["landscape": "Landscape", "portrait": "Portrait"]
                ),
                SchemaProperty(
                    "image_urls", type: .array, title: "First Frame Image",
                    description: "Image to use as the first frame. Formats: jpeg, png, webp (max 10MB). We currently do not support uploads of images containing photorealistic people (AI generated).",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 1
                ),
                SchemaProperty(
                    "n_frames", type: .string, default: "10", enum: ["10", "15"], title: "Duration",
                    enumLabels: ["10": "10 seconds", "15": "15 seconds"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 10000,
                    description: "Text prompt describing the desired video motion", renderer: "prompt"
                ),
                SchemaProperty(
                    "remove_watermark", type: .boolean, default: true, title: "Remove Watermark",
                    description: "Remove watermarks from generated video", showToUser: false
                ),
            ],
            required: ["prompt", "image_urls"],
            imageInputField: "image_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("n_frames", ["10": "1", "15": "1.16667"], whenAbsent: "10"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
