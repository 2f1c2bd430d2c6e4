/// One way a content template or workflow breaks the catalogue's rules (SPEC's integrity
/// rules about templates), as `TemplateRules` finds it.
///
/// The rules live here, once: `admin-site check` reports every problem (through
/// `Integrity`), and `TemplatePricer` refuses to price a template with any error among them,
/// so what the check rejects is never priced (a workflow with no steps is not worth 0).
public struct TemplateProblem: Sendable, Hashable, CustomStringConvertible {
    /// The rule broken. The raw values are `IntegrityRule`'s stable codes.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// A template or step names a model that is not in the catalogue of models.
        case unknownModel = "unknown-model"
        /// A mapping or prompt placeholder is malformed or names nothing that precedes it.
        case unresolvedMapping = "unresolved-mapping"
        /// A static value, a mapping target or a select option is outside the model's schema.
        case parameterOutsideSchema = "parameter-outside-schema"
        /// A user-editable field is not a parameter of the model.
        case editableFieldNotInSchema = "editable-field-not-in-schema"
        /// A required model parameter is neither given, editable, mapped nor filled by the prompt.
        case requiredFieldNotProvided = "required-field-not-provided"
        /// The steps are not numbered 1…n, or there are none.
        case stepNumbering = "step-numbering"
        /// A select field has no options.
        case selectWithoutOptions = "select-without-options"
        /// A user field is declared twice.
        case duplicateUserField = "duplicate-user-field"
        /// The template uses an inactive model (a warning: it still prices).
        case inactiveModelInTemplate = "inactive-model-in-template"

        /// Whether the problem makes the template invalid (everything but a warning).
        public var isError: Bool { self != .inactiveModelInTemplate }
    }

    /// The rule broken.
    public var rule: Rule
    /// A sentence naming the template (and step) and what is wrong.
    public var message: String
    /// Where, relative to the template: `steps[1].inputMappings.duration`, `userInputFields[0].options`.
    public var keyPath: String
    /// The step concerned (its index in `steps` and its `stepNumber`), for workflows.
    public var stepIndex: Int?
    public var stepNumber: Int?
    /// The model concerned, when there is one.
    public var modelRecordId: String?
    /// The schema problems behind a `parameterOutsideSchema`.
    public var issues: [SchemaIssue]

    /// Creates a problem.
    public init(
        _ rule: Rule, message: String, keyPath: String, stepIndex: Int? = nil, stepNumber: Int? = nil,
        modelRecordId: String? = nil, issues: [SchemaIssue] = []
    ) {
        self.rule = rule
        self.message = message
        self.keyPath = keyPath
        self.stepIndex = stepIndex
        self.stepNumber = stepNumber
        self.modelRecordId = modelRecordId
        self.issues = issues
    }

    /// `rule-code keyPath: message`.
    public var description: String { "\(rule.rawValue) \(keyPath): \(message)" }

    /// The problem as the pricer throws it: the kind closest to the rule, the key path
    /// relative to the step (with the step number beside it), the rule's code in the message.
    public func pricingError(templateId: String) -> PricingError {
        let kind: PricingError.Kind
        switch rule {
        case .unknownModel: kind = .unknownModel
        case .unresolvedMapping: kind = .unresolvedMapping
        case .parameterOutsideSchema, .editableFieldNotInSchema: kind = .invalidParameter
        case .requiredFieldNotProvided, .stepNumbering, .selectWithoutOptions, .duplicateUserField, .inactiveModelInTemplate:
            kind = .invalidTemplate
        }
        var path = keyPath
        if let stepIndex, path.hasPrefix("steps[\(stepIndex)].") { path.removeFirst("steps[\(stepIndex)].".count) }
        return PricingError(
            kind, message: "\(message) (rule \(rule.rawValue))", modelRecordId: modelRecordId, templateId: templateId,
            stepNumber: stepNumber, keyPath: path, issues: issues)
    }
}
