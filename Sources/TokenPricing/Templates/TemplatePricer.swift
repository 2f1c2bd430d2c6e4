/// Prices content templates and workflows against a model catalogue.
public struct TemplatePricer: Sendable {
    /// Where models are looked up.
    public let models: any ModelCatalog

    /// Creates a pricer over `models` (the registry, in the product).
    public init(models: any ModelCatalog) {
        self.models = models
    }

    /// The cost of a content template: at defaults, min and max over the user-editable
    /// fields, and exact for `userInputs` when they fix the price.
    public func cost(of template: ContentTemplate, userInputs: [String: ParameterValue] = [:]) throws(PricingError) -> TemplateCost {
        throw PricingError(.invalidRule, message: "template pricing is not written yet", templateId: template.id)
    }

    /// The cost of a workflow: the sum over all steps, at defaults, min and max over the
    /// user's choices, and exact for `userInputs` when they fix the price.
    public func cost(of workflow: WorkflowTemplate, userInputs: [String: ParameterValue] = [:]) throws(PricingError) -> TemplateCost {
        throw PricingError(.invalidRule, message: "workflow pricing is not written yet", templateId: workflow.id)
    }
}
