import TokenPricing

extension Models {
    /// Qwen Image Editor (Qwen) — kie_ai, image editing.
    public static let qwenImageEditor = ModelDefinition(
        config: ModelConfig(
            recordId: "b6d430f1-e823-4192-bf72-0dba29079931",
            modelId: "qwen/image-edit",
            modelName: "Qwen Image Editor",
            provider: .kieAI,
            contentType: .imageEditing,
            baseTokenCost: "1",
            estimatedTimeSeconds: 25,
            isActive: true,
            modelFamily: "Qwen",
            variantName: "Image Editor",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "/api/v1/jobs/createTask",
            payloadStructure: .wrapper,
            logoUrl: "/logos/kie.svg"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty(
                    "aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]
                ),
                SchemaProperty("image_url", type: .string, renderer: "image"),
                SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
                SchemaProperty("prompt", type: .string, maxLength: 5000),
                SchemaProperty("seed", type: .integer),
            ],
            required: ["prompt", "image_url"],
            imageInputField: "image_url"
        ),
        // The catalogue's pricing also multiplies by `image_size` and `num_images`, which this model's
        // schema does not have: a call cannot give them, so those factors never applied (the observed
        // costs are the base cost for every input). Ported without them.
        pricing: .flat,
        notes: """
            The catalogue prices this model on `image_size` and `num_images`, which its input schema \
            lacks; those factors can never apply (the observed costs confirm it), so the model is \
            ported without them.
            """
    )
}
