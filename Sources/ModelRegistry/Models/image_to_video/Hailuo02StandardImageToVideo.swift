import TokenPricing

extension Models {
    /// Hailuo 02 Standard (Hailuo) — kie_ai, image to video.
    public static let hailuo02StandardImageToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "a0c5d6e7-2f3a-4b5c-6d7e-8f9a0b1c2d3e",
            modelId: "hailuo/02-image-to-video-standard",
            modelName: "Hailuo 02 Standard",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "6",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Hailuo",
            variantName: "Hailuo 2 Standard",
            displayOrderInFamily: 4,
            maxImages: 2,
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
                    enumLabels: ["10": "10 seconds", "6": "6 seconds"]
                ),
                SchemaProperty(
                    "end_image_url", type: .string, title: "End Frame Image (Optional)",
                    description: "Optional image to use as the last frame. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Start Frame Image",
                    description: "Image to use as the first frame. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 1500,
                    description: "Text prompt describing the video to generate", renderer: "prompt"
                ),
                SchemaProperty(
                    "prompt_optimizer", type: .boolean, default: false, title: "Prompt Optimizer",
                    description: "Use the model's prompt optimizer for better results", showToUser: false
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "768P", enum: ["512P", "768P"], title: "Resolution"
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", "duration", rows: [
                    ("512P", "6", "6"), ("512P", "10", "10"), ("768P", "6", "15"), ("768P", "10", "25")
                ], whenAbsent: ["resolution": "768P", "duration": "6"])
            )
        )
    )
}
