/// Prices content templates and workflows against a model catalogue.
///
/// What a template costs:
/// - **Effective parameters.** A content template calls its model with `presetParameters`,
///   overlaid with `hiddenFieldDefaults`, overlaid with the user's inputs (which may only
///   name `userEditableFields`). A user-editable field the user leaves out keeps the
///   template's value, else the schema's default, else it is not sent (the rule's
///   `whenAbsent` applies). A workflow step calls its model with its `parameters`, overlaid
///   with its `inputMappings`: `user.<field>` gives the user's value, else the field's
///   `default`, else a select's first option, else `false` for a checkbox; a field with no
///   value leaves the static value, else the parameter's schema default. Form values are
///   converted to the parameter's type ("10" fills an integer with 10, a string with "10").
///   `step<N>.<outputKey>` mappings carry an earlier step's output (a file URL): they must
///   resolve, but never move the price, so those parameters are not priced.
/// - **Rounding.** Each model call is rounded by its own rule, because a call is what is
///   charged. A workflow's cost is the exact sum of its steps' totals: no further rounding.
/// - **Range.** `min` and `max` are over every choice a user can make in the fields that move
///   a price: a select's options, a checkbox's two states, an enum's values, a boolean's two
///   values, and for a number the endpoints of its parameter's declared range (prices are
///   non-decreasing in a per-unit or surcharge quantity, so the endpoints bound it; see
///   `TemplatePlan.rangeCandidates`). A number or text with no declared range is priced at
///   its default only. One user field may feed several steps, so a workflow's range is over
///   **joint** choices: the cartesian product of the price-moving fields' choices is
///   enumerated when it has at most 4,096 combinations. Beyond that, `min` is the sum of the
///   steps' minimums and `max` the sum of their maximums: a safe bound that may be wider
///   than any real run (`PreparedTemplate.rangeIsExact` says which).
/// - **Total.** `total` is set when the inputs fix the price: every price-moving field is
///   given, or none exists. A total is the price of a run, so when `userInputs` is not empty
///   every required field must then be present (`missingRequiredInput`); empty inputs ask for
///   an estimate and never fail for a missing input.
///
/// Pricing never answers 0 for something it cannot price: it throws a `PricingError` naming
/// the template, the step and the key path concerned. A template that breaks one of
/// `TemplateRules` (the rules `admin-site check` applies: a workflow with no steps,
/// misnumbered steps, a select without options, an unresolved mapping, a value outside the
/// schema, a required parameter nobody gives…) is refused before anything is priced.
///
/// For bulk pricing, compile a template once with `prepare(_:)` and price runs with
/// `PreparedTemplate.total(userInputs:)`, which skips breakdowns and looks step prices up.
public struct TemplatePricer: Sendable {
    /// Where models are looked up.
    public let models: any ModelCatalog

    /// Creates a pricer over `models` (the registry, in the product).
    public init(models: any ModelCatalog) {
        self.models = models
    }

    /// The cost of a content template: at defaults, min and max over the user-editable
    /// fields, and exact for `userInputs` when they fix the price. One `StepCost` (number 1).
    /// - Throws: `unknownModel`; `invalidParameter` for a preset, hidden or user value that
    ///   breaks the schema (key paths `presetParameters.<p>`, `hiddenFieldDefaults.<p>`,
    ///   `userInputs.<p>`); `unknownUserInput` for an input that is not user-editable;
    ///   `missingRequiredInput`; and the model's pricing errors.
    public func cost(of template: ContentTemplate, userInputs: [String: ParameterValue] = [:]) throws(PricingError) -> TemplateCost {
        try prepare(template).cost(userInputs: userInputs)
    }

    /// The cost of a workflow: the sum over all steps, at defaults, min and max over the
    /// user's joint choices (or, past 4,096 combinations, the sums of the per-step extremes:
    /// a safe bound), and exact for `userInputs` when they fix the price.
    /// - Throws: `unknownModel`, `unresolvedMapping` (a mapping or prompt placeholder naming
    ///   an unknown field, or a step output that is not an earlier step's), `invalidParameter`,
    ///   `unknownUserInput`, `invalidUserInput`, `missingRequiredInput`, and the models'
    ///   pricing errors, each with the template id, the step number and the key path.
    public func cost(of workflow: WorkflowTemplate, userInputs: [String: ParameterValue] = [:]) throws(PricingError) -> TemplateCost {
        try prepare(workflow).cost(userInputs: userInputs)
    }

    /// Compiles a workflow for repeated pricing: models resolved, mappings checked, every
    /// step priced for every joint choice of the fields that move it, range computed.
    /// - Throws: the errors of `cost(of:userInputs:)` that do not depend on user inputs.
    public func prepare(_ workflow: WorkflowTemplate) throws(PricingError) -> PreparedTemplate {
        if let problem = TemplateRules.problems(of: workflow, models: models).first(where: \.rule.isError) {
            throw problem.pricingError(templateId: workflow.id)
        }
        return try PreparedTemplate(plan: TemplatePlan.workflow(workflow, models: models))
    }

    /// Compiles a content template for repeated pricing.
    /// - Throws: the errors of `cost(of:userInputs:)` that do not depend on user inputs.
    public func prepare(_ template: ContentTemplate) throws(PricingError) -> PreparedTemplate {
        if let problem = TemplateRules.problems(of: template, models: models).first(where: \.rule.isError) {
            throw problem.pricingError(templateId: template.id)
        }
        return try PreparedTemplate(plan: TemplatePlan.content(template, models: models))
    }
}

/// A content template or workflow compiled for pricing: built once by
/// `TemplatePricer.prepare(_:)`, then used for any number of runs, from any thread.
///
/// `total(userInputs:)` is the fast path: it checks the inputs and adds up precomputed step
/// prices (a table lookup per step for select, checkbox, enum and boolean fields), without
/// building quotes or dictionaries. `cost(userInputs:)` gives the full breakdown.
public struct PreparedTemplate: Sendable {
    let plan: TemplatePlan

    /// The template's id.
    public let templateId: String
    /// The least a run can cost (a safe lower bound when `rangeIsExact` is `false`).
    public let min: ExactDecimal
    /// The cost when the user changes nothing.
    public let atDefaults: ExactDecimal
    /// The most a run can cost (a safe upper bound when `rangeIsExact` is `false`).
    public let max: ExactDecimal
    /// `true` when `min`/`max` come from enumerating every joint choice of the price-moving
    /// fields; `false` when there were more than 4,096 and they are sums of per-step extremes.
    public let rangeIsExact: Bool
    /// The user fields (workflow) or editable parameters (content template) that move the
    /// price, in declaration order.
    public let priceMovingFields: [String]

    // Fast path: step prices as Int128 significands at one common scale.
    private let scale: Int
    private let constant: Int128
    private let tabled: [TabledStep]
    private let requiredMask: UInt64
    private let fast: Bool
    private let inputs: FastInputs

    private struct TabledStep: Sendable {
        let fields: [Int]
        let strides: [Int]
        let prices: [Int128]
    }

    init(plan: TemplatePlan) throws(PricingError) {
        self.plan = plan
        templateId = plan.templateId
        priceMovingFields = plan.fields.filter(\.movesPrice).map(\.name)

        // At defaults: every field at choice 0, so every step's table entry 0.
        var defaults = ExactDecimal.zero
        for s in plan.steps.indices {
            let price: ExactDecimal
            if let table = plan.steps[s].table { price = table[0] } else {
                price = try plan.total(ofStep: s, values: plan.fields.map { $0.choices[0] }, given: nil)
            }
            defaults = try Self.add(defaults, price, plan)
        }
        atDefaults = defaults

        // The range over joint choices, or the per-step sums.
        let moving = plan.fields.indices.filter { plan.fields[$0].movesPrice }
        var combinations = 1
        for f in moving {
            let (c, o) = combinations.multipliedReportingOverflow(by: plan.fields[f].choices.count)
            combinations = o ? Int.max : c
        }
        if combinations <= TemplatePlan.enumerationLimit && plan.steps.allSatisfy({ $0.table != nil }) {
            var lo: ExactDecimal?, hi: ExactDecimal?
            var choice = [Int](repeating: 0, count: plan.fields.count)
            for combination in 0..<combinations {
                var rest = combination
                for f in moving {
                    choice[f] = rest % plan.fields[f].choices.count
                    rest /= plan.fields[f].choices.count
                }
                var sum = ExactDecimal.zero
                for step in plan.steps {
                    var i = 0
                    for (k, f) in step.movingFields.enumerated() { i += choice[f] * step.strides[k] }
                    sum = try Self.add(sum, step.table![i], plan)
                }
                if lo == nil || sum < lo! { lo = sum }
                if hi == nil || sum > hi! { hi = sum }
            }
            min = lo ?? .zero
            max = hi ?? .zero
            rangeIsExact = true
        } else {
            var lo = ExactDecimal.zero, hi = ExactDecimal.zero
            for step in plan.steps {
                lo = try Self.add(lo, step.min, plan)
                hi = try Self.add(hi, step.max, plan)
            }
            min = lo
            max = hi
            rangeIsExact = false
        }

        // Fast-path tables at one scale.
        var fastOK = plan.fields.count <= 64 && plan.steps.allSatisfy { $0.table != nil }
        let commonScale = plan.steps.flatMap { $0.table ?? [] }.map(\.scale).max() ?? 0
        var constant: Int128 = 0
        var tabled: [TabledStep] = []
        if fastOK {
            outer: for step in plan.steps {
                var prices: [Int128] = []
                for price in step.table! {
                    guard let sig = price.significand(atScale: commonScale) else { fastOK = false; break outer }
                    prices.append(sig)
                }
                if step.movingFields.isEmpty {
                    let (c, o) = constant.addingReportingOverflow(prices[0])
                    if o { fastOK = false; break }
                    constant = c
                } else {
                    tabled.append(TabledStep(fields: step.movingFields, strides: step.strides, prices: prices))
                }
            }
        }
        var mask: UInt64 = 0
        for f in plan.fields.indices where plan.fields[f].required && f < 64 { mask |= 1 << UInt64(f) }
        self.scale = commonScale
        self.constant = constant
        self.tabled = tabled
        self.requiredMask = mask
        self.fast = fastOK
        self.inputs = FastInputs(plan: plan)
    }

    static func add(_ a: ExactDecimal, _ b: ExactDecimal, _ plan: TemplatePlan) throws(PricingError) -> ExactDecimal {
        guard let sum = a.adding(b) else {
            throw PricingError(.arithmeticOverflow, message: "the sum of the steps does not fit exactly", templateId: plan.templateId)
        }
        return sum
    }

    /// The price of a run with `userInputs`, absent fields taking their defaults (so empty
    /// inputs give `atDefaults`). Equal to `cost(userInputs:).total` whenever that is set;
    /// unlike it, this always answers, since a run with a field left out uses the default.
    /// - Throws: `unknownUserInput`, `invalidUserInput`, `invalidParameter`,
    ///   `missingRequiredInput` (when `userInputs` is not empty), as `cost(userInputs:)` does.
    public func total(userInputs: [String: ParameterValue] = [:]) throws(PricingError) -> ExactDecimal {
        if userInputs.isEmpty { return atDefaults }
        guard fast else { return try generalTotal(userInputs) }
        let fieldCount = plan.fields.count
        return try withUnsafeTemporaryAllocation(of: Int.self, capacity: Swift.max(fieldCount, 1)) { (choice) throws(PricingError) -> ExactDecimal in
            choice.initialize(repeating: 0)
            guard let given = inputs.resolve(userInputs, into: choice) else { return try generalTotal(userInputs) }
            if requiredMask & ~given != 0 {
                var flags = [Bool](repeating: false, count: fieldCount)
                for f in 0..<fieldCount where given & (1 << UInt64(f)) != 0 { flags[f] = true }
                if let error = plan.missingRequired(given: flags) { throw error }
            }
            var sum = constant
            for step in tabled {
                var i = 0
                for k in step.fields.indices { i &+= choice[step.fields[k]] &* step.strides[k] }
                let (s, o) = sum.addingReportingOverflow(step.prices[i])
                if o { return try generalTotal(userInputs) }
                sum = s
            }
            return ExactDecimal(significand: sum, scale: scale)
        }
    }

    /// The total through the general path: resolve and check every input in name order, then
    /// price each step (from its table when only finite fields are given for it).
    private func generalTotal(_ userInputs: [String: ParameterValue]) throws(PricingError) -> ExactDecimal {
        let (values, given) = try plan.resolve(userInputs)
        if !userInputs.isEmpty, let error = plan.missingRequired(given: given) { throw error }
        var sum = ExactDecimal.zero
        for s in plan.steps.indices {
            sum = try Self.add(sum, try price(ofStep: s, values: values, given: given), plan)
        }
        return sum
    }

    /// Step `s`'s price for resolved values: a table lookup when every moving field holds one
    /// of its choices, else a call to the model. Parameters are checked either way.
    private func price(ofStep s: Int, values: [ParameterValue?], given: [Bool]) throws(PricingError) -> ExactDecimal {
        let step = plan.steps[s]
        if let table = step.table {
            var i = 0
            var found = true
            for (k, f) in step.movingFields.enumerated() {
                let field = plan.fields[f]
                if !given[f] { continue }
                guard field.isFinite, let v = values[f], let c = field.choiceIndex(of: v) else { found = false; break }
                i += c * step.strides[k]
            }
            if found {
                _ = try plan.parameters(ofStep: s, values: values, given: given)
                return table[i]
            }
        }
        return try plan.total(ofStep: s, values: values, given: given)
    }

    /// The full cost with breakdown, as `TemplatePricer.cost(of:userInputs:)` returns it.
    public func cost(userInputs: [String: ParameterValue] = [:]) throws(PricingError) -> TemplateCost {
        let (values, given) = try plan.resolve(userInputs)
        var steps: [StepCost] = []
        var runTotal = ExactDecimal.zero
        for s in plan.steps.indices {
            let step = plan.steps[s]
            let (quote, parameters) = try plan.quote(ofStep: s, values: values, given: given)
            runTotal = try Self.add(runTotal, quote.total, plan)
            steps.append(StepCost(
                stepNumber: step.stepNumber, stepName: step.stepName, modelRecordId: step.model.recordId,
                modelName: step.model.name, effectiveParameters: parameters,
                rule: step.model.rule.explanation(baseTokenCost: step.model.baseTokenCost), quote: quote,
                min: step.min, max: step.max, userChosenParameters: step.userChosenParameters))
        }
        var total: ExactDecimal?
        if plan.fields.indices.allSatisfy({ !plan.fields[$0].movesPrice || given[$0] }) {
            if !userInputs.isEmpty, let error = plan.missingRequired(given: given) { throw error }
            total = runTotal
        }
        return TemplateCost(templateId: templateId, min: min, atDefaults: atDefaults, max: max, total: total, steps: steps)
    }
}
