import TokenPricing

extension Models {
    /// Ideogram Image Remix (Ideogram) — kie_ai, image editing.
    public static let ideogramImageRemix = ModelDefinition(
        config: ModelConfig(
            recordId: "922ca567-5aa1-4fd3-86ba-587b723a5dbf",
            modelId: "ideogram/v3-remix",
            modelName: "Ideogram Image Remix",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "Image Remix",
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
                    "expand_prompt", type: .boolean, default: true, title: "Expand Prompt",
                    description: "Determine if MagicPrompt should be used in generating the request", showToUser: false
                ),
                SchemaProperty(
                    "image_size", type: .string, default: "square",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"],
                    title: "Output Size", description: "The resolution of the generated image"
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Image to Remix", description: "The image URL to remix",
                    renderer: "image", format: "uri"
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
                    description: "The prompt to remix the image with", renderer: "prompt"
                ),
                SchemaProperty(
                    "rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"],
                    title: "Rendering Speed", description: "The rendering speed to use"
                ),
                SchemaProperty(
                    "seed", type: .integer, title: "Seed", description: "Seed for the random number generator",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "strength", type: .number, default: .number("0.8"), minimum: "0.01", maximum: "1",
                    title: "Strength", description: "Strength of the input image in the remix", step: "0.01",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "style", type: .string, default: "AUTO", enum: ["AUTO", "GENERAL", "REALISTIC", "DESIGN"],
                    title: "Style", description: "The style type to generate with", isAdvanced: true
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("rendering_speed", ["TURBO": "1", "BALANCED": "2", "QUALITY": "3"], whenAbsent: "TURBO"),
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
