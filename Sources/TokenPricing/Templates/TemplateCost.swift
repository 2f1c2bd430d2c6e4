/// The cost of a content template or a workflow: the range over everything a user may
/// choose, the cost at defaults, and (when the inputs fix it) the exact cost, with a
/// breakdown per step.
public struct TemplateCost: Sendable, Hashable, Codable {
    /// The template's id.
    public var templateId: String
    /// The least a run can cost.
    public var min: ExactDecimal
    /// The cost when the user changes nothing.
    public var atDefaults: ExactDecimal
    /// The most a run can cost.
    public var max: ExactDecimal
    /// The cost for the given user inputs, when they fix every price-moving choice.
    public var total: ExactDecimal?
    /// One entry per step (one for a content template), in order.
    public var steps: [StepCost]

    /// Creates a cost.
    public init(templateId: String, min: ExactDecimal, atDefaults: ExactDecimal, max: ExactDecimal, total: ExactDecimal?, steps: [StepCost]) {
        self.templateId = templateId
        self.min = min
        self.atDefaults = atDefaults
        self.max = max
        self.total = total
        self.steps = steps
    }
}

/// One step's share of a template's cost.
public struct StepCost: Sendable, Hashable, Codable {
    /// The step's number (1 for a content template).
    public var stepNumber: Int
    /// The step's name (the template's name for a content template).
    public var stepName: String?
    /// The model called.
    public var modelRecordId: String
    /// The model's name.
    public var modelName: String
    /// The parameters the call gets at defaults (or with the given inputs): static values
    /// overlaid with mapped ones.
    public var effectiveParameters: [String: ParameterValue]
    /// The rule applied, in words.
    public var rule: String
    /// The priced call at defaults (or with the given inputs), with its line items.
    public var quote: PriceQuote
    /// The least this step can cost.
    public var min: ExactDecimal
    /// The most this step can cost.
    public var max: ExactDecimal
    /// Parameters whose value the user chooses and that move this step's price.
    public var userChosenParameters: [String]

    /// Creates a step cost.
    public init(
        stepNumber: Int, stepName: String?, modelRecordId: String, modelName: String,
        effectiveParameters: [String: ParameterValue], rule: String, quote: PriceQuote, min: ExactDecimal, max: ExactDecimal,
        userChosenParameters: [String]
    ) {
        self.stepNumber = stepNumber
        self.stepName = stepName
        self.modelRecordId = modelRecordId
        self.modelName = modelName
        self.effectiveParameters = effectiveParameters
        self.rule = rule
        self.quote = quote
        self.min = min
        self.max = max
        self.userChosenParameters = userChosenParameters
    }

    /// The step's cost at defaults or for the given inputs.
    public var subtotal: ExactDecimal { quote.total }
}
