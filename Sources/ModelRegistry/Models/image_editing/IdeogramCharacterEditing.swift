import TokenPricing

extension Models {
    /// Ideogram Character (Ideogram) — kie_ai, image editing.
    public static let ideogramCharacterEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "4a421ed9-ed0c-40bf-b06d-892871506124",
            modelId: "ideogram/character",
            modelName: "Ideogram Character",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "6",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "Character",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/ideogram.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "expand_prompt", type: .boolean, default: true, title: "Expand Prompt (MagicPrompt)",
                    description: "Determine if MagicPrompt should be used in generating the request", showToUser: false
                ),
                SchemaProperty(
                    "image_size", type: .string, default: "square_hd",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"],
                    title: "Output Size", description: "The resolution of the generated image"
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, maxLength: 5000, title: "Negative Prompt",
                    description: "Description of what to exclude from an image", isAdvanced: true
                ),
                SchemaProperty(
                    "num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"], title: "Number of Images",
                    description: "Number of images to generate"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, title: "Prompt",
                    description: "The prompt to generate the character image with", renderer: "prompt"
                ),
                SchemaProperty(
                    "reference_image_urls", type: .array, title: "Character Reference Images",
                    description: "A set of images to use as character references. Currently only 1 image is supported. Max total size 10MB. Formats: JPEG, PNG, WebP",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), maxItems: 5
                ),
                SchemaProperty(
                    "rendering_speed", type: .string, default: "BALANCED", enum: ["TURBO", "BALANCED", "QUALITY"],
                    title: "Rendering Speed", description: "The rendering speed to use"
                ),
                SchemaProperty(
                    "seed", type: .integer, title: "Seed", description: "Seed for the random number generator",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "style", type: .string, default: "AUTO", enum: ["AUTO", "REALISTIC", "FICTION"], title: "Style",
                    description: "The style type to generate with", isAdvanced: true
                ),
            ],
            required: ["prompt", "reference_image_urls"],
            imageInputField: "reference_image_urls"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier(
                    "rendering_speed", ["TURBO": "1", "BALANCED": "1.5", "QUALITY": "2"], whenAbsent: "BALANCED"
                ),
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
