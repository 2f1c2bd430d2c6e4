import TokenPricing

extension Models {
    /// Topaz Image Upscale (Topaz) — kie_ai, image editing.
    public static let topazImageUpscale = ModelDefinition(
        config: ModelConfig(
            recordId: "a1b2c3d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
            modelId: "topaz/image-upscale",
            modelName: "Topaz Image Upscale",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "5",
            estimatedTimeSeconds: 60,
            isActive: true,
            modelFamily: "Topaz",
            variantName: "Image Upscale",
            displayOrderInFamily: 1,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/topaz.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_IMAGE",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "image_url", type: .string, title: "Input Image",
                    description: "Image to upscale. Accepted: JPEG, PNG, WebP. Max 10MB.", renderer: "image",
                    format: "uri"
                ),
                SchemaProperty(
                    "upscale_factor", type: .string, default: "2", enum: ["1", "2", "4", "8"], title: "Upscale Factor",
                    description: "Factor to upscale image. Higher = larger output.",
                    enumLabels: ["1": "1x - Original (5 credits)", "2": "2x - Double (5 credits)", "4": "4x - 4K (10 credits)", "8": "8x - 8K (20 credits)"]
                ),
            ],
            required: ["image_url", "upscale_factor"],
            imageInputField: "image_url",
            displayOrder: ["image_url", "upscale_factor"]
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("upscale_factor", rows: [
                    ("1", "5"), ("2", "5"), ("4", "10"), ("8", "20")
                ], whenAbsent: ["upscale_factor": "2"])
            )
        )
    )
}
