import TokenPricing

extension Models {
    /// ChatGPT Image 1.5 (OpenAI) — runware, prompt to image.
    ///
    /// The platform prices quality from a constant table (low 1.5, medium 5, high 20) that the config
    /// does not hold; its `costMultipliers.quality` (×3.33, ×13.33 on 1.5, i.e. 4.995 and 19.995) is
    /// not what it charges. Ported from the function's table, which the observed costs and the quality
    /// labels confirm.
    public static let chatGPTImage15 = ModelDefinition(
        config: ModelConfig(
            recordId: "1a2b3c4d-5e6f-7a8b-9c0d-ef1234567890",
            modelId: "openai:4@1",
            modelName: "ChatGPT Image 1.5",
            provider: .runware,
            contentType: .promptToImage,
            baseTokenCost: "1.5",
            estimatedTimeSeconds: 15,
            isActive: true,
            modelFamily: "OpenAI",
            variantName: "ChatGPT Image 1.5",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .array,
            logoUrl: "/logos/openai.png",
            apiKeyName: "RUNWARE_API_KEY_PROMPT_TO_IMAGE",
            taskType: "imageInference",
            outputFormat: "JPEG"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspectRatio", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"], title: "Aspect Ratio",
                    description: "Image dimensions (limited options)",
                    enumLabels: ["1:1": "Square (1:1)", "2:3": "Portrait (2:3)", "3:2": "Landscape (3:2)"]
                ),
                SchemaProperty(
                    "background", type: .string, default: "opaque", enum: ["opaque", "transparent"],
                    title: "Background", description: "Background type", showToUser: false,
                    enumLabels: ["opaque": "Opaque", "transparent": "Transparent"], isAdvanced: true
                ),
                SchemaProperty(
                    "numberResults", type: .integer, default: 1, minimum: "1", maximum: "1", title: "Number of Images",
                    description: "How many images to generate", showToUser: false
                ),
                SchemaProperty(
                    "positivePrompt", type: .string, default: "", maxLength: 2000, title: "Prompt",
                    description: "Describe the image you want to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "quality", type: .string, default: "medium", enum: ["low", "medium", "high"], title: "Quality",
                    description: "Image quality tier - affects credit cost",
                    enumLabels: ["high": "High (20 credits)", "low": "Low (1.5 credits)", "medium": "Medium (5 credits)"]
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "1", maximum: "9007199254740991", title: "Seed",
                    description: "Random seed for reproducibility. Leave blank for random.", showToUser: false,
                    isAdvanced: true
                ),
            ],
            required: ["positivePrompt"],
            displayOrder: ["positivePrompt", "aspectRatio", "quality"],
            promptField: "positivePrompt"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("quality", rows: [
                    ("low", "1.5"), ("medium", "5"), ("high", "20")
                ], whenAbsent: ["quality": "medium"])
            ),
            factors: [
                .perUnit("numberResults", unitName: "result", whenAbsent: 1),
            ],
            rounding: RoundingRule(places: 2)
        ),
        notes: """
            The platform prices quality from a constant table (low 1.5, medium 5, high 20) that the \
            config does not hold; its `costMultipliers.quality` (×3.33, ×13.33 on 1.5, i.e. 4.995 and \
            19.995) is not what it charges. Ported from the function's table, which the observed costs \
            and the quality labels confirm.
            """
    )
}
