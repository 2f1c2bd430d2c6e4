import TokenPricing

extension Models {
    /// Seedance V1 Lite (Seedance) — kie_ai, image to video.
    public static let seedanceV1LiteImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "d7df81f6-dc86-4e04-9f75-d4e8c9b03fb2",
            modelId: "bytedance/v1-lite-image-to-video",
            modelName: "Seedance V1 Lite",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "2",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Seedance",
            variantName: "Seedance V1 Lite",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/seedance.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "3:4", enum: ["1:1", "3:4", "4:3", "9:16", "16:9", "9:21"]
                ),
                SchemaProperty(
                    "duration", type: .string, default: "3", enum: ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]
                ),
                SchemaProperty("image_url", type: .string),
                SchemaProperty("prompt", type: .string),
                SchemaProperty("resolution", type: .string, default: "480p", enum: ["480p", "720p", "1080p"]),
            ],
            required: ["prompt", "image_url"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier(
                    "duration",
                    ["3": "1", "4": "1.33", "5": "1.66", "6": "2", "7": "2.33", "8": "2.66", "9": "3", "10": "3.33", "11": "3.66", "12": "4"],
                    whenAbsent: "3", otherwise: "1"
                ),
                .multiplier(
                    "resolution", ["480p": "1", "720p": "2.5", "1080p": "5"], whenAbsent: "480p", otherwise: "1"
                ),
            ]
        )
    )
}
