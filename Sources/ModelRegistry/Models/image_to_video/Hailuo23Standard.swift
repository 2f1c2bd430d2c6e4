import TokenPricing

extension Models {
    /// Hailuo 2.3 Standard (Hailuo) — kie_ai, image to video.
    ///
    /// The platform's function charges its fallback of 15 tokens for 1080P + 10 s, a combination the
    /// model does not offer (its field dependencies forbid it); this port refuses it instead.
    public static let hailuo23Standard = ModelDefinition(
        config: ModelConfig(
            recordId: "c2e7f8a9-4b5c-6d7e-8f9a-0b1c2d3e4f5a",
            modelId: "hailuo/2-3-image-to-video-standard",
            modelName: "Hailuo 2.3 Standard",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "15",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Hailuo",
            variantName: "Hailuo 2.3 Standard",
            displayOrderInFamily: 6,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/hailuo.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "duration", type: .string, default: "6", enum: ["6", "10"], title: "Duration",
                    description: "10 second videos are NOT supported at 1080P resolution",
                    enumLabels: ["10": "10 seconds (768P only)", "6": "6 seconds"]
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Input Image",
                    description: "Image to animate. Formats: jpeg, png, webp (max 10MB)", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000,
                    description: "Text prompt describing the desired video animation", renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "768P", enum: ["768P", "1080P"], title: "Resolution",
                    enumLabels: ["1080P": "1080P (6s only)", "768P": "768P"]
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", "duration", rows: [
                    ("768P", "6", "15"), ("768P", "10", "25"), ("1080P", "6", "25")
                ], whenAbsent: ["resolution": "768P", "duration": "6"])
            )
        ),
        notes: """
            The platform's function charges its fallback of 15 tokens for 1080P + 10 s, a combination \
            the model does not offer (its field dependencies forbid it); this port refuses it instead.
            """
    )
}
