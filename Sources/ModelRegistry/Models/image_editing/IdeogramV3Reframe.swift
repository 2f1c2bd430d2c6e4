import TokenPricing

extension Models {
    /// Ideogram V3 Reframe (Ideogram) — kie_ai, image editing.
    public static let ideogramV3Reframe = ModelDefinition(
        config: ModelConfig(
            recordId: "2c4802d0-f805-4c31-bab1-a07675e003eb",
            modelId: "ideogram/v3-reframe",
            modelName: "Ideogram V3 Reframe",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "V3 Reframe",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/ideogram.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("expand_prompt", type: .boolean, default: true, enum: [true, false]),
                SchemaProperty("image_url", type: .string, renderer: "image"),
                SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
                SchemaProperty("prompt", type: .string, maxLength: 5000),
                SchemaProperty(
                    "rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"]
                ),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["image_url"],
            imageInputField: "image_url"
        ),
        // The catalogue's legacy `costMultipliers` (num_images: 2 → ×2, 3 → ×3, 4 → ×4) differ from its
        // pricing rule; this follows the pricing rule, which the observed costs confirm.
        pricing: PricingRule(
            factors: [
                .multiplier(
                    "rendering_speed", ["TURBO": "1", "BALANCED": "2", "QUALITY": "3"], whenAbsent: "TURBO",
                    otherwise: "1"
                ),
            ]
        )
    )
}
