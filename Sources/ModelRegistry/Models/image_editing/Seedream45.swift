import TokenPricing

extension Models {
    /// Seedream 4.5 (Seedream) — kie_ai, image editing.
    public static let seedream45 = ModelDefinition(
        config: ModelConfig(
            recordId: "a3b4c5d6-7e8f-9a0b-1c2d-3e4f5a6b7c8d",
            modelId: "seedream/4.5-edit",
            modelName: "Seedream 4.5",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "3.5",
            estimatedTimeSeconds: 45,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V4.5",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1",
                    enum: ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"], title: "Aspect Ratio",
                    description: "Width-height ratio of the image, determining its visual form"
                ),
                SchemaProperty(
                    "image_urls", type: .array, title: "Input Image",
                    description: "Upload an image file to use as input for the API. Formats: JPEG, PNG, WebP. Max size: 10MB",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), maxItems: 1
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 3000, title: "Prompt",
                    description: "A text description of the image you want to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "quality", type: .string, default: "high", enum: ["basic", "high"], title: "Quality",
                    description: "Basic outputs 2K images, while High outputs 4K images"
                ),
            ],
            required: ["prompt", "image_urls", "aspect_ratio", "quality"],
            imageInputField: "image_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("quality", ["basic": "1", "high": "1"], whenAbsent: "basic"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
