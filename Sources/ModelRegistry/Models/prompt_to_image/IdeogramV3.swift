import TokenPricing

extension Models {
    /// Ideogram V3 (Ideogram) — kie_ai, prompt to image.
    public static let ideogramV3 = ModelDefinition(
        config: ModelConfig(
            recordId: "94c0e508-226a-4e3d-8229-3820a61faa88",
            modelId: "ideogram/v3-text-to-image",
            modelName: "Ideogram V3",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "1.75",
            estimatedTimeSeconds: 35,
            isActive: true,
            modelFamily: "Ideogram",
            variantName: "V3",
            displayOrderInFamily: 2,
            maxImages: 0,
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
                SchemaProperty("magic_prompt_option", type: .string, default: "AUTO", enum: ["AUTO", "ON", "OFF"]),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("seed", type: .integer),
                SchemaProperty(
                    "style_type", type: .string, default: "AUTO",
                    enum: ["AUTO", "GENERAL", "REALISTIC", "DESIGN", "RENDER_3D", "ANIME"]
                ),
            ],
            required: ["prompt"]
        ),
        // The catalogue's legacy `costMultipliers` (num_images: 2 → ×2, 3 → ×3, 4 → ×4;
        // rendering_speed: BALANCED → ×2, QUALITY → ×3) are not applied: the pricing rule is flat, and
        // the observed costs confirm it.
        pricing: .flat
    )
}
