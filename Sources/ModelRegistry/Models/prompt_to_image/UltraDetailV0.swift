import TokenPricing

extension Models {
    /// Ultra Detail V0 (Ultra Detail) — kie_ai, prompt to image.
    public static let ultraDetailV0 = ModelDefinition(
        config: ModelConfig(
            recordId: "f8c5a7e9-9d4b-6f2c-8a1e-5d7b3c9f4a6e",
            modelId: "ultra-detail/v0",
            modelName: "Ultra Detail V0",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "3.5",
            estimatedTimeSeconds: 45,
            isActive: true,
            modelFamily: "Ultra Detail",
            variantName: "Ultra Detail V0",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/plum.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("prompt", type: .string, maxLength: 5000, renderer: "prompt"),
                SchemaProperty("quality", type: .string, default: "high", enum: ["standard", "high", "ultra"]),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("quality", ["standard": "1", "high": "1.2", "ultra": "1.5"]),
            ]
        )
    )
}
