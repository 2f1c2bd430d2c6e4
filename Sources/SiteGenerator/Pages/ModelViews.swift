import TokenPricing

/// What a model's page and its compare data script both show, made once for the two: the
/// rule's sentence, its steps and the price matrices (pricing every matrix cell is most of a
/// model page's work).
struct ModelViews {
    /// `PricingRule.explanation`, the one-sentence form.
    let explanation: String
    /// The rule as steps, in the order it applies.
    let ruleSteps: [RuleStep]
    /// The price matrices (`ModelPage.matrices`).
    let matrices: [MatrixView]

    init(_ e: ModelEntry, unit: TokenUnit) {
        explanation = e.model.pricing.explanation(baseTokenCost: e.config.baseTokenCost)
        ruleSteps = RuleSteps.steps(e.model, unit: unit)
        matrices = ModelPage.matrices(e, unit: unit)
    }
}
