import TokenPricing

extension Models {
    /// Ideogram Character (Ideogram) — kie_ai, image editing.
    public static let ideogramCharacterEditing = ModelDefinition(
        config: ModelConfig(
            recordId: "4a421ed9-ed0c-40bf-b06d-892871506124",
            modelId: "ideogram/character",
            modelName: "Ideogram Character",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "6",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "Character",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/ideogram.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("expand_prompt", type: .boolean, default: true, enum: [true, false]),
                SchemaProperty(
                    "image_size", type: .string, default: "square",
                    enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]
                ),
                SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
                SchemaProperty("num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"]),
                SchemaProperty("prompt", type: .string),
                SchemaProperty(
                    "reference_image_urls", type: .array, title: "Upload your reference image",
                    items: ItemsSchema(type: .string)
                ),
                SchemaProperty(
                    "rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"]
                ),
                SchemaProperty("seed", type: .integer),
                SchemaProperty("style", type: .string, default: "AUTO", enum: ["AUTO", "REALISTIC", "FICTION"]),
            ],
            required: ["prompt", "reference_image_urls"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1", otherwise: "1"),
                .multiplier(
                    "rendering_speed", ["TURBO": "1", "BALANCED": "1.5", "QUALITY": "2"], whenAbsent: "TURBO",
                    otherwise: "1"
                ),
            ]
        )
    )
}
