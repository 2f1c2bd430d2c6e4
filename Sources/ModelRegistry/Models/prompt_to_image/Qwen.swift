import TokenPricing

extension Models {
    /// Qwen (Qwen) — kie_ai, prompt to image.
    public static let qwen = ModelDefinition(
        config: ModelConfig(
            recordId: "36246bd4-f2e5-472b-bcf8-3dd99bc313d8",
            modelId: "qwen/text-to-image",
            modelName: "Qwen",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "0.5",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Qwen",
            variantName: "Text to Image",
            displayOrderInFamily: 2,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/qwen.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "acceleration", type: .string, default: "none", enum: ["none", "regular", "high"],
                    description: "Acceleration level. 'regular' balances speed/quality. 'high' recommended for images without text",
                    isAdvanced: true
                ),
                SchemaProperty(
                    "enable_safety_checker", type: .boolean, default: true,
                    description: "Enable safety checker. Can only be disabled through API.", showToUser: false
                ),
                SchemaProperty(
                    "guidance_scale", type: .number, default: .number("2.5"), minimum: "0", maximum: "20",
                    description: "The CFG (Classifier Free Guidance) scale - how closely to follow the prompt",
                    step: "0.1", isAdvanced: true
                ),
                SchemaProperty(
                    "image_size", type: .string, default: "square",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"],
                    description: "The size of the generated image"
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, maxLength: 500,
                    description: "The negative prompt for the generation", isAdvanced: true
                ),
                SchemaProperty(
                    "num_inference_steps", type: .integer, default: 30, minimum: "2", maximum: "250",
                    description: "The number of inference steps to perform", isAdvanced: true
                ),
                SchemaProperty(
                    "output_format", type: .string, default: "png", enum: ["png", "jpeg"],
                    description: "The format of the generated image", isAdvanced: true
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, description: "The prompt to generate the image with",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "seed", type: .integer,
                    description: "The same seed and prompt will output the same image every time", isAdvanced: true
                ),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier(
                    "image_size",
                    ["square": "1", "square_hd": "5", "portrait_4_3": "3", "portrait_16_9": "2", "landscape_4_3": "3", "landscape_16_9": "2"],
                    whenAbsent: "square"
                ),
            ]
        )
    )
}
