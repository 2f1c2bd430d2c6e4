import TokenPricing

extension Models {
    /// Qwen Image Editor Pro (Qwen) — kie_ai, image editing.
    public static let qwenImageEditorPro = ModelDefinition(
        config: ModelConfig(
            recordId: "b6d430f1-e823-4192-bf72-0dba29079931",
            modelId: "qwen/image-edit",
            modelName: "Qwen Image Editor Pro",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Qwen",
            variantName: "Image Editor Pro",
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
                    description: "Acceleration level. 'regular' balances speed/quality.", isAdvanced: true
                ),
                SchemaProperty(
                    "enable_safety_checker", type: .boolean, default: true, description: "Enable safety checker",
                    showToUser: false
                ),
                SchemaProperty(
                    "guidance_scale", type: .number, default: 4, minimum: "0", maximum: "20",
                    description: "The CFG (Classifier Free Guidance) scale - how closely to follow the prompt",
                    step: "0.1", isAdvanced: true
                ),
                SchemaProperty(
                    "image_size", type: .string, default: "landscape_4_3",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"],
                    description: "The size of the generated image"
                ),
                SchemaProperty(
                    "image_url", type: .string,
                    description: "The URL of the image to edit. Accepted types: image/jpeg, image/png, image/webp. Max size: 10MB",
                    renderer: "image"
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, maxLength: 500,
                    description: "The negative prompt for the generation", isAdvanced: true
                ),
                SchemaProperty(
                    "num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"],
                    description: "Number of images to generate"
                ),
                SchemaProperty(
                    "num_inference_steps", type: .integer, default: 30, minimum: "2", maximum: "49",
                    description: "The number of inference steps to perform", isAdvanced: true
                ),
                SchemaProperty(
                    "output_format", type: .string, default: "png", enum: ["png", "jpeg"],
                    description: "The format of the generated image", isAdvanced: true
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 2000, description: "The prompt to generate the image with",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "seed", type: .integer,
                    description: "The same seed and prompt will output the same image every time", isAdvanced: true
                ),
                SchemaProperty(
                    "sync_mode", type: .boolean, default: false,
                    description: "If true, wait for image generation before returning response", showToUser: false
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier(
                    "image_size",
                    ["square": "1", "square_hd": "3.5", "portrait_4_3": "2.5", "portrait_16_9": "2", "landscape_4_3": "2.5", "landscape_16_9": "2"],
                    whenAbsent: "landscape_4_3"
                ),
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1"),
            ]
        )
    )
}
