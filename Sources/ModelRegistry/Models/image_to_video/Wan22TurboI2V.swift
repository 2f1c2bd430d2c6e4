import TokenPricing

extension Models {
    /// Wan 2.2 Turbo (Wan) — kie_ai, image to video.
    ///
    /// The platform's function charges a per-second rate by resolution (480p 4, 580p 6, 720p 8) for a
    /// fixed 5-second video; the table holds those products.
    public static let wan22TurboI2V = ModelDefinition(
        config: ModelConfig(
            recordId: "e4f9a0b1-6c7d-8e9f-0a1b-2c3d4e5f6a7b",
            modelId: "wan/2-2-a14b-image-to-video-turbo",
            modelName: "Wan 2.2 Turbo",
            provider: .kieAI,
            contentType: .imageToVideo,
            baseTokenCost: "20",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.2 Turbo",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_IMAGE_TO_VIDEO",
            maxFileSizeBytes: 10485760
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "acceleration", type: .string, default: "none", enum: ["none", "regular"], title: "Acceleration",
                    description: "More acceleration = faster but lower quality",
                    enumLabels: ["none": "None (Best Quality)", "regular": "Regular (Faster)"], isAdvanced: true
                ),
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "auto", enum: ["auto", "16:9", "9:16", "1:1"],
                    title: "Aspect Ratio",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "9:16": "Portrait (9:16)", "auto": "Auto (from image)"]
                ),
                SchemaProperty(
                    "enable_prompt_expansion", type: .boolean, default: false, title: "Prompt Expansion",
                    description: "Use LLM to expand prompt with additional details", showToUser: false
                ),
                SchemaProperty(
                    "image_url", type: .string, title: "Input Image",
                    description: "Image to animate. Will be resized/cropped to match aspect ratio. Formats: jpeg, png, webp (max 10MB)",
                    renderer: "image", format: "uri"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, description: "Text prompt to guide video generation",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "480p", enum: ["480p", "580p", "720p"], title: "Resolution",
                    enumLabels: ["480p": "480p (Budget)", "580p": "580p (Standard)", "720p": "720p (HD)"]
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "0", maximum: "2147483647", title: "Seed",
                    description: "Random seed for reproducibility (leave empty for random)", isAdvanced: true
                ),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        pricing: PricingRule(
            basis: .priceTable(
                PriceTable("resolution", rows: [
                    ("480p", "20"), ("580p", "30"), ("720p", "40")
                ], whenAbsent: ["resolution": "720p"])
            )
        )
    )
}
