import TokenPricing

extension Models {
    /// Ideogram Image Remix (Ideogram) — kie_ai, image editing.
    public static let ideogramImageRemix = ModelDefinition(
        config: ModelConfig(
            recordId: "922ca567-5aa1-4fd3-86ba-587b723a5dbf",
            modelId: "ideogram/v3-remix",
            modelName: "Ideogram Image Remix",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "Image Remix",
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
                SchemaProperty("image_url", type: .string, renderer: "image"),
                SchemaProperty("image_weight", type: .integer, default: 50, minimum: "0", maximum: "100"),
                SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
                SchemaProperty("num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"]),
                SchemaProperty("prompt", type: .string),
                SchemaProperty(
                    "rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"]
                ),
                SchemaProperty("seed", type: .integer),
                SchemaProperty("style", type: .string, default: "AUTO", enum: ["AUTO", "REALISTIC", "FICTION"]),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1", otherwise: "1"),
                .multiplier(
                    "rendering_speed", ["TURBO": "1", "BALANCED": "2", "QUALITY": "3"], whenAbsent: "TURBO",
                    otherwise: "1"
                ),
            ]
        )
    )
}
