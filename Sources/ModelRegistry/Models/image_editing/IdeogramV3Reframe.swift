import TokenPricing

extension Models {
    /// Ideogram V3 Reframe (Ideogram) — kie_ai, image editing.
    public static let ideogramV3Reframe = ModelDefinition(
        config: ModelConfig(
            recordId: "2c4802d0-f805-4c31-bab1-a07675e003eb",
            modelId: "ideogram/v3-reframe",
            modelName: "Ideogram V3 Reframe",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "V3 Reframe",
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
                    "image_size", type: .string, default: "square",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"],
                    title: "Output Size", description: "The resolution for the reframed output image"
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Image to Reframe", description: "The image URL to reframe",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"], title: "Number of Images",
                    description: "Number of images to generate"
                ),
                SchemaProperty(
                    "rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"],
                    title: "Rendering Speed", description: "The rendering speed to use"
                ),
                SchemaProperty(
                    "seed", type: .number, title: "Seed", description: "Seed for the random number generator",
                    showToUser: false
                ),
                SchemaProperty(
                    "style", type: .string, default: "AUTO", enum: ["AUTO", "GENERAL", "REALISTIC", "DESIGN"],
                    title: "Style", description: "The style type to generate with"
                ),
            ],
            required: ["image_url", "image_size"],
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
