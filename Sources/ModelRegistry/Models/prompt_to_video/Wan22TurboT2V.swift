import TokenPricing

extension Models {
    /// Wan 2.2 Turbo (Wan) — kie_ai, prompt to video.
    ///
    /// The platform's function charges a per-second rate by resolution (480p 4, 580p 6, 720p 8) for a
    /// fixed 5-second video; the table holds those products.
    public static let wan22TurboT2V = ModelDefinition(
        config: ModelConfig(
            recordId: "d3e8f9a0-5b6c-7d8e-9f0a-1b2c3d4e5f6a",
            modelId: "wan/2-2-a14b-text-to-video-turbo",
            modelName: "Wan 2.2 Turbo",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "20",
            estimatedTimeSeconds: 120,
            isActive: true,
            modelFamily: "Wan",
            variantName: "Wan 2.2 Turbo",
            displayOrderInFamily: 1,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/wan.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "acceleration", type: .string, default: "none", enum: ["none", "regular"], title: "Acceleration",
                    description: "More acceleration = faster but lower quality",
                    enumLabels: ["none": "None (Best Quality)", "regular": "Regular (Faster)"], isAdvanced: true
                ),
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"],
                    title: "Aspect Ratio",
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "enable_prompt_expansion", type: .boolean, default: false, title: "Prompt Expansion",
                    description: "Use LLM to expand prompt with additional details", showToUser: false
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000, description: "Text prompt to guide video generation",
                    renderer: "prompt"
                ),
                SchemaProperty(
                    "resolution", type: .string, default: "480p", enum: ["480p", "580p", "720p"], title: "Resolution"
                ),
                SchemaProperty(
                    "seed", type: .integer, minimum: "0", maximum: "2147483647", title: "Seed",
                    description: "Random seed for reproducibility (leave empty for random)", isAdvanced: true
                ),
            ],
            required: ["prompt"]
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
