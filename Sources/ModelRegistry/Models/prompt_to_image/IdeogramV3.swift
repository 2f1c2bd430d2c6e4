import TokenPricing

extension Models {
    /// Ideogram V3 (Ideogram) — kie_ai, prompt to image.
    public static let ideogramV3 = ModelDefinition(
        config: ModelConfig(
            recordId: "94c0e508-226a-4e3d-8229-3820a61faa88",
            modelId: "ideogram/v3-text-to-image",
            modelName: "Ideogram V3",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "V3 Text-to-Image",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/ideogram.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
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
                    title: "Image Size", description: "The resolution of the generated image",
                    enumLabels: ["landscape_16_9": "Landscape 16:9", "landscape_4_3": "Landscape 4:3", "portrait_16_9": "Portrait 9:16", "portrait_4_3": "Portrait 3:4", "square": "Square", "square_hd": "Square HD"]
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, maxLength: 5000, title: "Negative Prompt",
                    description: "Description of what to exclude from an image. Descriptions in the prompt take precedence.",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"], title: "Number of Images",
                    description: "Number of images to generate"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, title: "Prompt",
                    description: "Description of the image to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"],
                    title: "Rendering Speed", description: "The rendering speed to use",
                    enumLabels: ["BALANCED": "Balanced", "QUALITY": "Quality", "TURBO": "Turbo"]
                ),
                SchemaProperty(
                    "seed", type: .integer, title: "Seed", description: "Seed for the random number generator",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "style", type: .string, default: "AUTO", enum: ["AUTO", "GENERAL", "REALISTIC", "DESIGN"],
                    title: "Style", description: "The style type to generate with. Cannot be used with style_codes.",
                    enumLabels: ["AUTO": "Auto", "DESIGN": "Design", "GENERAL": "General", "REALISTIC": "Realistic"],
                    isAdvanced: true
                ),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("rendering_speed", ["TURBO": "1", "BALANCED": "2", "QUALITY": "3"], whenAbsent: "BALANCED"),
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
