import TokenPricing

extension Models {
    /// Seedream V4 (Seedream) — kie_ai, image editing.
    public static let seedreamV4Editing = ModelDefinition(
        config: ModelConfig(
            recordId: "57f1e8f3-e4e3-42bd-bd9e-2f2ac6eee41d",
            modelId: "bytedance/seedream-v4-edit",
            modelName: "Seedream V4",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "2.5",
            estimatedTimeSeconds: 40,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V4",
            displayOrderInFamily: 2,
            maxImages: 10,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "image_resolution", type: .string, default: "4K", enum: ["1K", "2K", "4K"], title: "Resolution",
                    description: "Final image resolution."
                ),
                SchemaProperty(
                    "image_size", type: .string, default: "square",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_3_2", "portrait_16_9", "landscape_4_3", "landscape_3_2", "landscape_16_9", "landscape_21_9"],
                    title: "Aspect Ratio", description: "The size/aspect ratio of the generated image"
                ),
                SchemaProperty(
                    "image_urls", type: .array, title: "Reference Images",
                    description: "List of URLs of input images for editing. Up to 10 images allowed.",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), maxItems: 10
                ),
                SchemaProperty(
                    "max_images", type: .integer, default: 1, minimum: "1", maximum: "4", title: "Number of Outputs",
                    description: "Number of images to generate (1-4). State the exact number in your prompt for best results."
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, title: "Prompt",
                    description: "The text prompt used to edit the image", renderer: "prompt"
                ),
                SchemaProperty(
                    "seed", type: .integer, title: "Seed",
                    description: "Random seed to control the stochasticity of image generation", showToUser: false
                ),
            ],
            required: ["prompt", "image_urls"],
            imageInputField: "image_urls"
        ),
        pricing: PricingRule(
            factors: [
                .perUnit(
                    "max_images", unitName: "image", whenAbsent: 1, limits: QuantityLimits(minimum: 1, maximum: 4)
                ),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
