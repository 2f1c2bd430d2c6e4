import TokenPricing

extension Models {
    /// Nano Banana Pro (Google) — kie_ai, image editing.
    public static let nanoBananaProEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "b4c5d6e7-8f9a-0b1c-2d3e-4f5a6b7c8d9e",
            modelId: "nano-banana-pro",
            modelName: "Nano Banana Pro",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "9",
            estimatedTimeSeconds: 35,
            isActive: true,
            modelFamily: "Google",
            variantName: "Nano Banana Pro",
            displayOrderInFamily: 1,
            maxImages: 8,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/google.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "auto",
                    enum: ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"],
                    title: "Aspect Ratio", description: "Aspect ratio of the generated image"
                ),
                SchemaProperty(
                    "image_input", type: .array, title: "Input Images",
                    description: "Input images to transform or use as reference (supports up to 8 images). Formats: JPEG, PNG, WebP. Max size: 30MB.",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 8
                ),
                SchemaProperty(
                    "output_format", type: .string, default: "png", enum: ["png", "jpg"], title: "Output Format",
                    description: "Format of the output image"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 10000, title: "Prompt",
                    description: "A text description of the image you want to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "2K", enum: ["1K", "2K", "4K"], title: "Resolution",
                    description: "Resolution of the generated image"
                ),
            ],
            required: ["prompt", "image_input"],
            imageInputField: "image_input"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("resolution", ["1K": "1", "2K": "1", "4K": "1.333"], whenAbsent: "1K"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
