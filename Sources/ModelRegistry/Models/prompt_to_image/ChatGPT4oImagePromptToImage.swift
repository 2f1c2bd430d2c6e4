import TokenPricing

extension Models {
    /// ChatGPT 4o-Image (OpenAI) — kie_ai, prompt to image.
    public static let chatGPT4oImagePromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "3b83cee8-6164-4d98-aebe-f4eadcb3da1d",
            modelId: "4o-image-api",
            modelName: "ChatGPT 4o-Image",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "3",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "ChatGPT 4o-Image",
            displayOrderInFamily: 2,
            maxImages: 5,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/gpt4o-image/generate",
            payloadStructure: .flat,
            logoUrl: "/logos/openai.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "enableFallback", type: .boolean, default: false, title: "Enable Fallback",
                    description: "Fallback to backup model if GPT-4o unavailable", showToUser: false
                ),
                SchemaProperty(
                    "fallbackModel", type: .string, default: "FLUX_MAX", enum: ["GPT_IMAGE_1", "FLUX_MAX"],
                    title: "Fallback Model", showToUser: false
                ),
                SchemaProperty(
                    "filesUrl", type: .array, title: "Reference Images (Optional)",
                    description: "Up to 5 images to use as reference. Formats: .jpeg, .jpg, .png, .webp",
                    renderer: "image", items: ItemsSchema(type: .string, format: "uri"), showToUser: false, maxItems: 5
                ),
                SchemaProperty(
                    "isEnhance", type: .boolean, default: false, title: "Enhance Prompt",
                    description: "Enable prompt enhancement for 3D renders", showToUser: false
                ),
                SchemaProperty(
                    "maskUrl", type: .string, title: "Mask URL",
                    description: "Mask image URL for selective editing (black=modify, white=preserve)", format: "uri",
                    showToUser: false
                ),
                SchemaProperty("nVariants", type: .integer, default: 1, enum: [1, 2, 4], title: "Number of Outputs"),
                SchemaProperty("prompt", type: .string, title: "Prompt", renderer: "prompt"),
                SchemaProperty(
                    "size", type: .string, default: "1:1", enum: ["1:1", "3:2", "2:3"], title: "Aspect Ratio"
                ),
                SchemaProperty(
                    "uploadCn", type: .boolean, default: false, title: "China Server",
                    description: "Route uploads via China servers", showToUser: false
                ),
            ],
            required: ["size"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("nVariants", ["1": "1", "2": "1.16666", "4": "1.3333"], whenAbsent: 1),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
