import TokenPricing

extension Models {
    /// Sora 2 Pro (Sora) — kie_ai, image to video.
    public static let sora2ProImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "c1d5e6f7-2a3b-4c5d-6e7f-8a9b0c1d2e3f",
            modelId: "sora-2-pro-image-to-video",
            modelName: "Sora 2 Pro",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "75",
            estimatedTimeSeconds: 1000,
            isActive: true,
            modelFamily: "Sora",
            variantName: "Sora 2 Pro",
            displayOrderInFamily: 5,
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
                SchemaProperty(
                    "size", type: .string, default: "standard", enum: ["standard", "high"], title: "Quality",
                    enumLabels: ["high": "High Quality", "standard": "Standard Quality"]
                ),
            ],
            required: ["prompt", "image_urls"],
            imageInputField: "image_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("n_frames", ["10": "1", "15": "2"], whenAbsent: "10"),
                .multiplier("size", ["standard": "1", "high": "2.2"], whenAbsent: "standard"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
