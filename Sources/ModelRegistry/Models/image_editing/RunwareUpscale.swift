import TokenPricing

extension Models {
    /// runware upscale (Runware) — runware, image editing.
    ///
    /// Table key 3 is not among the schema's values (kept from the config; never reached).
    public static let runwareUpscale = ModelDefinition(
        config: ModelConfig(
            recordId: "de96f11c-bc91-4cdd-ae71-0308e7584f8a",
            modelId: "runware:105@1",
            modelName: "runware upscale",
            provider: .runware,
            contentType: .imageEditing,
            baseTokenCost: "20",
            estimatedTimeSeconds: 90,
            isActive: true,
            modelFamily: "Runware",
            variantName: "upscale",
            displayOrderInFamily: 2,
            maxImages: 1,
            defaultOutputs: 1,
            apiEndpoint: "https://api.runware.ai/v1",
            payloadStructure: .flat,
            logoUrl: "/logos/plum.png",
            apiKeyName: "RUNWARE_API_KEY_IMAGE_EDITING"
        ),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("includeCost", type: .boolean, default: true, showToUser: false),
                SchemaProperty("inputImage", type: .string, renderer: "image"),
                SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["PNG", "JPEG", "WEBP"]),
                SchemaProperty(
                    "outputType", type: .array, default: ["URL"], items: ItemsSchema(type: .string, format: "uri"),
                    showToUser: false
                ),
                SchemaProperty("taskType", type: .string, default: "imageUpscale", showToUser: false),
                SchemaProperty("upscaleFactor", type: .number, default: 4, enum: [2, 4]),
            ],
            required: ["inputImage"],
            imageInputField: "inputImage"
        ),
        pricing: PricingRule(
            factors: [
                .multiplier("upscaleFactor", ["2": "1", "3": "1.5", "4": "2"], whenAbsent: 4),
            ]
        )
    )
}
