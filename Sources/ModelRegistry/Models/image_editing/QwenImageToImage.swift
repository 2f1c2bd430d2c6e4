import TokenPricing

extension Models {
    /// Qwen Image to Image (Qwen) — kie_ai, image editing.
    public static let qwenImageToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "99532b69-d951-4431-87e3-1d88a9c8ee73",
            modelId: "qwen/image-to-image",
            modelName: "Qwen Image to Image",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "2",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Qwen",
            variantName: "Image to Image",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/qwen.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_EDITING"
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
                    "image_url", type: .string,
                    description: "The reference image to guide the generation. Accepted types: image/jpeg, image/png, image/webp. Max size: 10MB",
                    renderer: "image"
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
                SchemaProperty(
                    "strength", type: .number, default: .number("0.8"), minimum: "0", maximum: "1",
                    description: "Denoising strength. 1.0 = fully remake; 0.0 = preserve original", step: "0.01",
                    isAdvanced: true
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: .flat
    )
}
