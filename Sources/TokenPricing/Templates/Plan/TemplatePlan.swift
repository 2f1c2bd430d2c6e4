/// A template compiled for pricing: its user-facing inputs ("fields"), its model calls
/// ("steps") with their static parameters and the bindings from fields to parameters, and,
/// per step, the step's price for every joint choice of the fields that move it.
///
/// Content templates and workflows compile to the same shape: a content template is one step
/// whose fields are its `userEditableFields`, each bound to the parameter of the same name.
/// `TemplatePricer.cost(of:userInputs:)` and `PreparedTemplate` both work on a plan, so the
/// breakdown and the fast path cannot disagree.
struct TemplatePlan: Sendable {
    /// The template's id, for errors.
    let templateId: String
    /// Whether this is a workflow (errors name steps; user values are form values that are
    /// converted to the parameter's type) or a content template (one step, no step number
    /// in errors, user values are model parameters checked as given).
    let isWorkflow: Bool
    /// The user-facing inputs, in declaration order.
    var fields: [PlanField]
    /// Field name → index (the first field of a name wins).
    let fieldIndex: [String: Int]
    /// The model calls, in order.
    var steps: [PlanStep]

    /// The largest number of joint choices that is enumerated, for a template's range and
    /// for one step's table. Beyond it, ranges are safe bounds (see `TemplatePricer`).
    static let enumerationLimit = 4096
}
