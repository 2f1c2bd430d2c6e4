import TokenPricing

extension Models {
    /// GPT Image 1.5 (OpenAI) — kie_ai, image editing.
    public static let gptImage15Editing = ModelDefinition(
        config: ModelConfig(
            recordId: "c3d4e5f6-7b8c-9d0e-1f2a-3b4c5d6e7f8a",
            modelId: "gpt-image/1.5-image-to-image",
            modelName: "GPT Image 1.5",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "4",
            estimatedTimeSeconds: 30,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "ChatGPT 1.5",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/openai.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_IMAGE",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"], title: "Aspect Ratio",
                    description: "Width-height ratio of the output image",
                    enumLabels: ["1:1": "Square (1:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)"]
                ),
                SchemaProperty(
                    "input_urls", type: .array, title: "Input Image",
                    description: "Image to edit/transform. Accepted: JPEG, PNG, WebP. Max 10MB.", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri"), minItems: 1
                ),
                SchemaProperty(
                    "prompt", type: .string, default: "", maxLength: 1000, title: "Prompt",
                    description: "A text description of how to edit/transform the image", renderer: "prompt"
                ),
                SchemaProperty(
                    "quality", type: .string, default: "medium", enum: ["medium", "high"], title: "Quality",
                    description: "Image quality level",
                    enumLabels: ["high": "High (11 credits)", "medium": "Medium (4 credits)"]
                ),
            ],
            required: ["input_urls", "prompt", "aspect_ratio", "quality"],
            imageInputField: "input_urls",
            displayOrder: ["prompt", "input_urls", "aspect_ratio", "quality"]
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
