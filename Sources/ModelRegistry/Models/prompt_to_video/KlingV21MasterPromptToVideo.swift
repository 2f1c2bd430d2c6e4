import TokenPricing

extension Models {
    /// Kling V2.1 Master (Kling) — kie_ai, prompt to video.
    public static let klingV21MasterPromptToVideo = ModelDefinition(
        config: ModelConfig(
            recordId: "c5754cad-2b2c-4636-bc19-4ccaa97dde3d",
            modelId: "kling/v2-1-master-text-to-video",
            modelName: "Kling V2.1 Master",
            provider: .kieAI,
            contentType: .promptToVideo,
            baseTokenCost: "80",
            estimatedTimeSeconds: 300,
            isActive: true,
            modelFamily: "Kling",
            variantName: "Kling V2.1 Master",
            displayOrderInFamily: 3,
            maxImages: 0,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kling.png",
            apiKeyName: "KIE_AI_API_KEY_PROMPT_TO_VIDEO"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"],
                    enumLabels: ["16:9": "Landscape (16:9)", "1:1": "Square (1:1)", "9:16": "Portrait (9:16)"]
                ),
                SchemaProperty(
                    "cfg_scale", type: .number, default: .number("0.5"), minimum: "0", maximum: "1", title: "CFG Scale",
                    description: "How closely to follow the prompt (0-1)", showToUser: false, step: "0.1"
                ),
                SchemaProperty(
                    "duration", type: .string, default: "5", enum: ["5", "10"],
                    enumLabels: ["10": "10 seconds", "5": "5 seconds"]
                ),
                SchemaProperty(
                    "negative_prompt", type: .string, maxLength: 500,
                    description: "Elements to avoid in the generated video"
                ),
                SchemaProperty(
                    "prompt", type: .string, maxLength: 5000,
                    description: "Text prompt describing the video you want to generate", renderer: "prompt"
                ),
            ],
            required: ["prompt"]
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("duration", ["5": "1", "10": "2"], whenAbsent: "5"),
            ]
        )
    )
}
