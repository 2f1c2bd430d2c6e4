import TokenPricing

extension Models {
    /// Seedream V1 Pro (Seedream) — kie_ai, image to video.
    public static let seedreamV1ProImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "50eb3f02-1e58-4b85-a535-e8391a5623c4",
            modelId: "bytedance/v1-pro-image-to-video",
            modelName: "Seedream V1 Pro",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "8",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Seedream",
            variantName: "Seedream V1 Pro",
            displayOrderInFamily: 3,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedream.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "3:4", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty(
                    "duration", type: .string, default: "3", enum: ["3", "4", "5", "6", "7", "8", "9", "10"]
                ),
                SchemaProperty("image_url", type: .string),
                SchemaProperty("prompt", type: .string),
            ],
            required: ["prompt", "image_url"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier(
                    "duration",
                    ["3": "1", "4": "1.33", "5": "1.66", "6": "2", "7": "2.33", "8": "2.66", "9": "3", "10": "3.33"],
                    whenAbsent: "3", otherwise: "1"
                ),
            ]
        )
    )
}
