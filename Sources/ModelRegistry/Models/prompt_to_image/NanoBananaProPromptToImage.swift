import TokenPricing

extension Models {
    /// Nano Banana Pro (Google) — kie_ai, prompt to image.
    ///
    /// The catalogue names `image_input` as its imageInputField, a parameter this schema does not have;
    /// the field is left out.
    public static let nanoBananaProPromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "c5d6e7f8-9a0b-1c2d-3e4f-5a6b7c8d9e0f",
            modelId: "nano-banana-pro",
            modelName: "Nano Banana Pro",
            provider: .kieAI,
            contentType: .promptToImage,
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
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "auto",
                    enum: ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"],
                    title: "Aspect Ratio", description: "Aspect ratio of the generated image"
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
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("resolution", ["1K": "1", "2K": "1", "4K": "1.333"], whenAbsent: "1K"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
