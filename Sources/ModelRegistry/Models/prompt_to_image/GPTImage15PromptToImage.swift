import TokenPricing

extension Models {
    /// GPT Image 1.5 (OpenAI) — kie_ai, prompt to image.
    public static let gptImage15PromptToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "b2c3d4e5-6a7b-8c9d-0e1f-2a3b4c5d6e7f",
            modelId: "gpt-image/1.5-text-to-image",
            modelName: "GPT Image 1.5",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "4",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "ChatGPT 1.5",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/openai.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"], title: "Aspect Ratio",
                    description: "Width-height ratio of the image",
                    enumLabels: ["1:1": "Square (1:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)"]
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 1000, title: "Prompt",
                    description: "A text description of the image you want to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "quality", type: .string, default: "medium", enum: ["medium", "high"], title: "Quality",
                    description: "Image quality level",
                    enumLabels: ["high": "High (11 credits)", "medium": "Medium (4 credits)"]
                ),
            ],
            required: ["prompt", "aspect_ratio", "quality"],
            displayOrder: ["prompt", "aspect_ratio", "quality"]
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("quality", rows: [
                    ("medium", "4"), ("high", "11")
                ], whenAbsent: ["quality": "medium"])
            )
        )
    )
}
