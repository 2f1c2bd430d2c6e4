import TokenPricing

extension Models {
    /// FLUX 2 Flex Image-to-Image (FLUX) — kie_ai, image editing.
    public static let flux2FlexImageToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "e1f2a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b",
            modelId: "flux-2/flex-image-to-image",
            modelName: "FLUX 2 Flex Image-to-Image",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "7",
            estimatedTimeSeconds: 40,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "Flux 2 Flex",
            displayOrderInFamily: 4,
            maxImages: 8,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/flux.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1",
                    enum: ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"], title: "Aspect Ratio",
                    description: "Aspect ratio for the generated image. Select 'auto' to match the first input image ratio.",
                    enumLabels: ["16:9": "16:9 (Widescreen)", "1:1": "1:1 (Square)", "2:3": "2:3 (Classic Portrait)", "3:2": "3:2 (Classic)", "3:4": "3:4 (Portrait)", "4:3": "4:3 (Landscape)", "9:16": "9:16 (Vertical)", "auto": "Auto (Based on first input image)"]
                ),
                SchemaProperty(
                    "input_urls", type: .array, title: "Input Images",
                    description: "Input reference images (1-8 images). Formats: JPEG, PNG, WebP. Max size: 10MB each.",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), minItems: 1, maxItems: 8
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, title: "Prompt",
                    description: "A text description of the image you want to generate. Must be between 3 and 5000 characters.",
                    renderer: "prompt", minLength: 3
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "1K", enum: ["1K", "2K"], title: "Resolution",
                    description: "Output image resolution"
                ),
            ],
            required: ["prompt", "input_urls", "aspect_ratio", "resolution"],
            imageInputField: "input_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("resolution", ["1K": "1", "2K": "1.71428"], whenAbsent: "1K"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
