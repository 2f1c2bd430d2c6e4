/// One model call of a template.
struct PlanStep: Sendable {
    /// The step's number (1 for a content template).
    let stepNumber: Int
    /// The step number errors carry (`nil` for a content template).
    let errorStepNumber: Int?
    let stepName: String?
    let model: PricedModel
    /// The template's static values for the call: a workflow step's `parameters` without
    /// the parameters filled by step outputs; a content template's preset and hidden values.
    /// A bound parameter's value replaces its static value when the field has one.
    let staticParameters: [String: ParameterValue]
    let bindings: [PlanBinding]
    /// The price-moving fields this step reads, ascending.
    var movingFields: [Int] = []
    /// Mixed-radix strides of `movingFields` into `table`.
    var strides: [Int] = []
    /// The step's total for every joint choice of `movingFields` (index Σ choice × stride),
    /// or `nil` when there are more than `TemplatePlan.enumerationLimit` choices.
    var table: [ExactDecimal]?
    /// The step's least and most total over its own choices (exact from `table`, else a
    /// safe bound).
    var min: ExactDecimal = .zero
    var max: ExactDecimal = .zero
    /// The parameters that receive values of price-moving fields and move this step's price.
    var userChosenParameters: [String] = []
}
