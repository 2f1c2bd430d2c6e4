import TokenPricing

extension Models {
    /// FLUX 2 Pro Text-to-Image (FLUX) — kie_ai, prompt to image.
    public static let flux2ProTextToImage = ModelDefinition(
        config: ModelConfig(
            recordId: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            modelId: "flux-2/pro-text-to-image",
            modelName: "FLUX 2 Pro Text-to-Image",
            provider: .kieAI,
            contentType: .promptToImage,
            baseTokenCost: "2.5",
            estimatedTimeSeconds: 45,
            isActive: true,
            modelFamily: "FLUX",
            variantName: "Flux 2 Pro",
            displayOrderInFamily: 6,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/flux.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_IMAGE"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1",
                    enum: ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3", "auto"],
                    enumLabels: ["16:9": "16:9 (Widescreen)", "1:1": "1:1 (Square)", "2:3": "2:3 (Classic Portrait)", "3:2": "3:2 (Classic)", "3:4": "3:4 (Portrait)", "4:3": "4:3 (Landscape)", "9:16": "9:16 (Vertical)", "auto": "Auto (Based on first input image)"]
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000,
                    description: "A text description of the image you want to generate (3-5000 characters)",
                    renderer: "prompt", minLength: 3
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "1K", enum: ["1K", "2K"],
                    description: "Output image resolution"
                ),
            ],
            required: ["prompt", "aspect_ratio", "resolution"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("resolution", ["1K": "1", "2K": "1.4"], whenAbsent: "1K"),
            ],
            rounding: RoundingRule(places: 2)
        )
    )
}
