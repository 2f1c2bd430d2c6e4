import TokenPricing

/// Small models for the lock tests.
enum LockModels {
    /// Kling V2 Pro as the registry has it: 12 tokens, ×2 for 10 seconds.
    static func kling(base: ExactDecimal = 12, tenSeconds: ExactDecimal = 2) -> PricedModel {
        PricedModel(
            recordId: "84084ca4-4153-46bc-8d01-cd4e37d1da68", name: "Kling V2 Pro", baseTokenCost: base,
            schema: InputSchema(properties: [
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
                SchemaProperty("mode", type: .string, default: "std", enum: ["std", "pro", "master"]),
                SchemaProperty("prompt", type: .string),
            ]),
            rule: PricingRule(factors: [
                .multiplier("duration", ["5": 1, "10": tenSeconds], whenAbsent: "5"),
                .multiplier("mode", ["std": 1, "pro": "1.5", "master": 2]),
            ]))
    }

    /// A flat model.
    static func flat(_ id: String, _ name: String, _ base: ExactDecimal) -> PricedModel {
        PricedModel(recordId: id, name: name, baseTokenCost: base, schema: InputSchema(properties: []), rule: .flat)
    }
}
