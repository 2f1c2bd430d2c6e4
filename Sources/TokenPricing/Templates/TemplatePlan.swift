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

/// One user-facing input of a template.
struct PlanField: Sendable {
    /// How values given for the field are checked.
    enum Kind: Sendable {
        /// A workflow's `userInputFields` entry.
        case workflow(UserInputField)
        /// A content template's editable schema property (`nil` when the schema lacks it).
        case content(SchemaProperty?)
    }

    let name: String
    let kind: Kind
    /// Whether a run must give it (checked when a total is computed for non-empty inputs).
    let required: Bool
    /// The values the field can take for pricing purposes. `choices[0]` is the state when
    /// the user gives nothing (`nil`: no value at all). For a finite field (select,
    /// checkbox, enum, boolean) the rest are the other acceptable values; for an open field
    /// (number, text, file) they are the values that bound its price (range endpoints,
    /// table keys), when it moves a price.
    var choices: [ParameterValue?]
    /// Whether `choices` lists every value a user can give, so that a given value has a
    /// choice index and steps can be priced by table lookup.
    let isFinite: Bool
    /// Whether `choices[0]` is itself an acceptable value to give (a select whose default is
    /// not one of its options is not).
    var defaultIsAcceptable: Bool
    /// Whether some step's price reads a parameter bound to this field.
    var movesPrice = false
    /// Where the field is bound: (step index, binding index).
    var bindings: [(step: Int, binding: Int)] = []

    /// The index in `choices` of a value given for a finite field, or `nil` when the value
    /// is not acceptable. Select options match "5" and 5 alike (forms send text).
    func choiceIndex(of value: ParameterValue) -> Int? {
        let start = defaultIsAcceptable ? 0 : 1
        var i = start
        while i < choices.count {
            if let c = choices[i], c == value { return i }
            i += 1
        }
        guard case .workflow(let field) = kind else { return nil }
        switch field.type {
        case .select:
            i = start
            while i < choices.count {
                if let c = choices[i], TemplatePlan.sameChoice(c, value) { return i }
                i += 1
            }
        case .checkbox:
            if case .string(let s) = value, s == "true" || s == "false" {
                return choiceIndex(of: .bool(s == "true"))
            }
        default:
            break
        }
        return nil
    }
}

/// A field bound to a model parameter of one step.
struct PlanBinding: Sendable {
    /// The model parameter that receives the value.
    let parameter: String
    /// The field that gives it.
    let field: Int
    /// The model's property of that name (`nil` when the schema lacks it).
    let property: SchemaProperty?
    /// Whether the step's pricing rule reads the parameter.
    let priced: Bool
}

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

// MARK: - Building

extension TemplatePlan {
    /// Compiles a workflow: resolves models and mappings and checks the static values.
    /// - Throws: `unknownModel`, `unresolvedMapping`, `invalidParameter` (static values, or a
    ///   mapping into a parameter the model lacks), and any error pricing a choice throws.
    static func workflow(_ workflow: WorkflowTemplate, models: any ModelCatalog) throws(PricingError) -> TemplatePlan {
        let id = workflow.id
        var fields: [PlanField] = []
        var fieldIndex: [String: Int] = [:]
        for field in workflow.userInputFields where fieldIndex[field.name] == nil {
            fieldIndex[field.name] = fields.count
            let defaultValue: ParameterValue?
            if let d = field.defaultValue, d != .null {
                defaultValue = d
            } else if field.type == .select, let first = field.options?.first {
                defaultValue = first
            } else if field.type == .checkbox {
                defaultValue = .bool(false)
            } else {
                defaultValue = nil
            }
            var choices: [ParameterValue?] = [defaultValue]
            var finite = false
            var acceptable = true
            switch field.type {
            case .select:
                finite = true
                let options = field.options ?? []
                acceptable = defaultValue.map { d in options.contains { sameChoice($0, d) } } ?? false
                for option in options where !choices.contains(where: { $0.map { sameChoice($0, option) } ?? false }) {
                    choices.append(option)
                }
            case .checkbox:
                finite = true
                if case .bool(let b) = defaultValue { choices.append(.bool(!b)) } else {
                    acceptable = false
                    choices += [.bool(false), .bool(true)]
                }
            default:
                break
            }
            fields.append(PlanField(
                // A field with a value at defaults (its default, a select's first option, an
                // unticked checkbox) is never missing.
                name: field.name, kind: .workflow(field), required: field.required && defaultValue == nil, choices: choices,
                isFinite: finite, defaultIsAcceptable: acceptable))
        }

        var steps: [PlanStep] = []
        for (s, step) in workflow.steps.enumerated() {
            guard let model = models.pricedModel(recordId: step.modelRecordId) else {
                throw PricingError(
                    .unknownModel, message: "step \(step.stepNumber) calls model '\(step.modelRecordId)', which is not in the registry",
                    modelRecordId: step.modelRecordId, templateId: id, stepNumber: step.stepNumber, keyPath: "modelRecordId")
            }
            var bindings: [PlanBinding] = []
            var removed = Set<String>()
            let priced = Set(model.rule.pricedParameters)
            for parameter in step.inputMappings.keys.sorted() {
                let source = step.inputMappings[parameter]!
                func unresolved(_ why: String) -> PricingError {
                    PricingError(
                        .unresolvedMapping, message: "step \(step.stepNumber) maps '\(parameter)' to '\(source)': \(why)",
                        modelRecordId: model.recordId, templateId: id, stepNumber: step.stepNumber, keyPath: "inputMappings.\(parameter)")
                }
                guard let mapping = MappingSource(source) else {
                    throw unresolved("a mapping is user.<field> or step<N>.<outputKey>")
                }
                guard model.schema[parameter] != nil else {
                    throw PricingError(
                        .invalidParameter,
                        message: "step \(step.stepNumber) maps into '\(parameter)', which model \(model.name) does not have (parameters: \(model.schema.properties.map(\.name).joined(separator: ", ")))",
                        modelRecordId: model.recordId, templateId: id, stepNumber: step.stepNumber, keyPath: "inputMappings.\(parameter)",
                        issues: [SchemaIssue(keyPath: "inputMappings.\(parameter)", kind: .unknownParameter, expected: "one of the schema's parameters", found: "'\(parameter)'")])
                }
                switch mapping {
                case .userField(let name):
                    guard let f = fieldIndex[name] else {
                        throw unresolved("the workflow has no user field '\(name)' (fields: \(fields.map(\.name).joined(separator: ", ")))")
                    }
                    fields[f].bindings.append((step: s, binding: bindings.count))
                    bindings.append(PlanBinding(parameter: parameter, field: f, property: model.schema[parameter], priced: priced.contains(parameter)))
                case .stepOutput(let n, let key):
                    guard n < step.stepNumber else {
                        throw unresolved("a step can only read an earlier step's output")
                    }
                    guard let earlier = workflow.steps[..<s].first(where: { $0.stepNumber == n }) else {
                        throw unresolved("there is no earlier step \(n)")
                    }
                    guard earlier.outputKey == key else {
                        throw unresolved("step \(n)'s output is '\(earlier.outputKey ?? "(none)")', not '\(key)'")
                    }
                    // A step's output is a file (an image or video URL): it fills the
                    // parameter at run time and never moves the price, so it is not priced.
                    removed.insert(parameter)
                }
            }
            try checkPlaceholders(in: step, of: workflow, index: s, fieldIndex: fieldIndex, model: model)

            var statics = step.parameters
            for p in removed { statics[p] = nil }
            // Static values are checked even when a mapping overrides them: they are the
            // fallback when the mapped field has no value.
            do throws(PricingError) {
                try model.checkParameters(statics, keyPathPrefix: "parameters")
            } catch {
                throw error.within(templateId: id, stepNumber: step.stepNumber)
            }
            steps.append(PlanStep(
                stepNumber: step.stepNumber, errorStepNumber: step.stepNumber, stepName: step.stepName, model: model,
                staticParameters: statics, bindings: bindings))
        }
        var plan = TemplatePlan(templateId: id, isWorkflow: true, fields: fields, fieldIndex: fieldIndex, steps: steps)
        try plan.compile()
        return plan
    }

    /// Checks the `{{user.x}}` and `{{stepN.key}}` placeholders of a step's prompt.
    private static func checkPlaceholders(
        in step: WorkflowStep, of workflow: WorkflowTemplate, index s: Int, fieldIndex: [String: Int], model: PricedModel
    ) throws(PricingError) {
        guard let prompt = step.promptTemplate, prompt.contains("{{") else { return }
        var rest = prompt[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = String(rest[open.upperBound..<close.lowerBound].drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
            rest = rest[close.upperBound...]
            func unresolved(_ why: String) -> PricingError {
                PricingError(
                    .unresolvedMapping, message: "step \(step.stepNumber)'s prompt uses {{\(name)}}: \(why)",
                    modelRecordId: model.recordId, templateId: workflow.id, stepNumber: step.stepNumber, keyPath: "promptTemplate")
            }
            switch MappingSource(name) {
            case .userField(let field)?:
                if fieldIndex[field] == nil { throw unresolved("the workflow has no user field '\(field)'") }
            case .stepOutput(let n, let key)?:
                guard n < step.stepNumber, let earlier = workflow.steps[..<s].first(where: { $0.stepNumber == n }),
                      earlier.outputKey == key else {
                    throw unresolved("no earlier step \(n) has the output '\(key)'")
                }
            case nil:
                throw unresolved("a placeholder is {{user.<field>}} or {{step<N>.<outputKey>}}")
            }
        }
    }

    /// Compiles a content template: one step, one field per user-editable property.
    /// - Throws: `unknownModel`, `invalidParameter` (preset or hidden values), and any error
    ///   pricing a choice throws.
    static func content(_ template: ContentTemplate, models: any ModelCatalog) throws(PricingError) -> TemplatePlan {
        let id = template.id
        guard let model = models.pricedModel(recordId: template.modelRecordId) else {
            throw PricingError(
                .unknownModel, message: "template '\(id)' uses model '\(template.modelRecordId)', which is not in the registry",
                modelRecordId: template.modelRecordId, templateId: id, keyPath: "modelRecordId")
        }
        do throws(PricingError) {
            try model.checkParameters(template.presetParameters, keyPathPrefix: "presetParameters")
            try model.checkParameters(template.hiddenFieldDefaults, keyPathPrefix: "hiddenFieldDefaults")
        } catch {
            throw error.within(templateId: id)
        }
        var statics = template.presetParameters
        for (k, v) in template.hiddenFieldDefaults { statics[k] = v }
        let priced = Set(model.rule.pricedParameters)

        var fields: [PlanField] = []
        var fieldIndex: [String: Int] = [:]
        var bindings: [PlanBinding] = []
        for name in template.userEditableFields where fieldIndex[name] == nil {
            let property = model.schema[name]
            let defaultValue = statics[name] ?? property?.defaultValue
            var choices: [ParameterValue?] = [defaultValue]
            var finite = false
            if let property {
                if let allowed = property.allowedValues {
                    finite = true
                    for v in allowed where !choices.contains(v) { choices.append(v) }
                } else if property.type == .boolean {
                    finite = true
                    for v: ParameterValue in [false, true] where !choices.contains(v) { choices.append(v) }
                }
            }
            let f = fields.count
            fieldIndex[name] = f
            var field = PlanField(
                name: name, kind: .content(property),
                required: defaultValue == nil && model.schema.isRequired(name),
                choices: choices, isFinite: finite, defaultIsAcceptable: true)
            field.bindings = [(step: 0, binding: bindings.count)]
            fields.append(field)
            bindings.append(PlanBinding(parameter: name, field: f, property: property, priced: priced.contains(name)))
        }
        let step = PlanStep(
            stepNumber: 1, errorStepNumber: nil, stepName: template.name, model: model,
            staticParameters: statics, bindings: bindings)
        var plan = TemplatePlan(templateId: id, isWorkflow: false, fields: fields, fieldIndex: fieldIndex, steps: [step])
        try plan.compile()
        return plan
    }

    /// Marks price-moving fields, adds the range candidates of open fields, and tabulates
    /// each step over the choices of its price-moving fields.
    private mutating func compile() throws(PricingError) {
        for s in steps.indices {
            for b in steps[s].bindings where b.priced {
                fields[b.field].movesPrice = true
            }
        }
        // Open fields that move a price range over the values that bound it.
        for f in fields.indices where fields[f].movesPrice && !fields[f].isFinite {
            var candidates = fields[f].choices
            var bound: [SchemaProperty] = []
            for (s, b) in fields[f].bindings {
                let binding = steps[s].bindings[b]
                guard let property = binding.property else { continue }
                bound.append(property)
                guard binding.priced else { continue }
                for v in Self.rangeCandidates(of: property, rule: steps[s].model.rule) where !candidates.contains(v) {
                    candidates.append(v)
                }
            }
            // Keep what every bound parameter accepts: a value one of them rejects is not a run.
            let isWorkflow = self.isWorkflow
            fields[f].choices = [candidates[0]] + candidates.dropFirst().filter { c in
                guard let c else { return true }
                return bound.allSatisfy { p in p.problems(with: isWorkflow ? Self.coerce(c, to: p) : c, at: p.name).isEmpty }
            }
        }
        for s in steps.indices {
            var moving: [Int] = []
            var chosen: [String] = []
            for b in steps[s].bindings where b.priced {
                if !moving.contains(b.field) { moving.append(b.field) }
                if !chosen.contains(b.parameter) { chosen.append(b.parameter) }
            }
            moving.sort()
            steps[s].movingFields = moving
            steps[s].userChosenParameters = chosen
            var strides: [Int] = []
            var count = 1
            for f in moving {
                strides.append(count)
                let (c, overflow) = count.multipliedReportingOverflow(by: fields[f].choices.count)
                count = overflow ? Int.max : c
            }
            steps[s].strides = strides
            if count <= Self.enumerationLimit {
                var table: [ExactDecimal] = []
                table.reserveCapacity(count)
                var values = fields.map { $0.choices[0] }
                for index in 0..<count {
                    for (k, f) in moving.enumerated() {
                        values[f] = fields[f].choices[(index / strides[k]) % fields[f].choices.count]
                    }
                    table.append(try total(ofStep: s, values: values, given: nil))
                }
                steps[s].table = table
                steps[s].min = table.min()!
                steps[s].max = table.max()!
            } else {
                (steps[s].min, steps[s].max) = try bounds(ofStep: s)
            }
        }
    }
}

// MARK: - Values

extension TemplatePlan {
    /// Whether two select values are the same choice: equal, or the same number written
    /// as text and as a number ("5" and 5).
    static func sameChoice(_ a: ParameterValue, _ b: ParameterValue) -> Bool {
        if a == b { return true }
        switch (a, b) {
        case (.string(let s), .number(let n)), (.number(let n), .string(let s)):
            return ExactDecimal(s) == n
        default:
            return false
        }
    }

    /// A form value converted to the type of the parameter it fills: a select written as
    /// "10" fills an integer parameter with 10 and a string parameter with "10"; "true"
    /// fills a boolean; one file fills an array of files. Anything else is left as given
    /// (and the schema check reports it).
    static func coerce(_ value: ParameterValue, to property: SchemaProperty?) -> ParameterValue {
        guard let property else { return value }
        return coerce(value, to: property.type)
    }

    /// `coerce(_:to:)` by the parameter's type alone.
    @inline(__always)
    static func coerce(_ value: ParameterValue, to type: PropertyType) -> ParameterValue {
        switch (type, value) {
        case (.string, .number(let n)):
            return .string(n.description)
        case (.integer, .string(let s)), (.number, .string(let s)):
            if let n = ExactDecimal(s) { return .number(n) }
        case (.boolean, .string(let s)):
            if s == "true" { return .bool(true) }
            if s == "false" { return .bool(false) }
        case (.array, .string):
            return .array([value])
        default:
            break
        }
        return value
    }

    /// The values that bound the price of an open (non-enum, non-boolean) parameter.
    ///
    /// Per-unit and surcharge factors are non-decreasing in their quantity (all base costs,
    /// rates and multipliers are non-negative, and raising to a minimum charge and rounding
    /// are non-decreasing too), so over a range `minimum…maximum` the price is least at the
    /// minimum and most at the maximum: the two endpoints suffice, whatever lies between.
    /// A table reading the parameter changes the factor only at its keys, so the keys inside
    /// the range are added. A per-character factor ranges from the empty text to
    /// `maxLength` characters. A parameter without bounds yields nothing: it is priced at
    /// the value it has (see `TemplatePricer`).
    static func rangeCandidates(of property: SchemaProperty, rule: PricingRule) -> [ParameterValue] {
        if let allowed = property.allowedValues { return allowed }
        if property.type == .boolean { return [false, true] }
        var keys: [String] = []
        var characters = false
        if case .priceTable(let t) = rule.basis, let i = t.parameters.firstIndex(of: property.name) {
            keys += t.rows.compactMap { $0.keys.count > i ? $0.keys[i] : nil }
        }
        for factor in rule.factors where factor.parameter == property.name {
            switch factor {
            case .multiplier(let m): keys += m.table.entries.map(\.key)
            case .perUnit(let p): characters = characters || p.measure == .characters
            case .surcharge: break
            }
        }
        var out: [ParameterValue] = []
        switch property.type {
        case .integer, .number:
            if let lo = property.minimum { out.append(.number(lo)) }
            if let hi = property.maximum { out.append(.number(hi)) }
            for key in keys {
                if let n = ExactDecimal(key) { out.append(.number(n)) }
            }
        case .string:
            if characters {
                out.append(.string(""))
                if let maxLength = property.maxLength { out.append(.string(String(repeating: "a", count: maxLength))) }
            }
            for key in keys { out.append(.string(key)) }
        default:
            break
        }
        var unique: [ParameterValue] = []
        for v in out where !unique.contains(v) && property.problems(with: v, at: property.name).isEmpty {
            unique.append(v)
        }
        return unique
    }

    /// The parameters step `s` is called with when each field has `values[f]`:
    /// the static values, with each bound parameter replaced by its field's value (converted
    /// to the parameter's type for workflows); a field without a value leaves the static
    /// value, else the property's default, else nothing.
    /// - Parameter given: which fields the user gave (for error key paths), or `nil`.
    /// - Throws: `invalidParameter` when a field's value breaks the parameter's schema.
    func parameters(ofStep s: Int, values: [ParameterValue?], given: [Bool]?) throws(PricingError) -> [String: ParameterValue] {
        let step = steps[s]
        var parameters = step.staticParameters
        for b in step.bindings {
            guard let raw = values[b.field] else {
                if parameters[b.parameter] == nil, let d = b.property?.defaultValue { parameters[b.parameter] = d }
                continue
            }
            let value = isWorkflow ? Self.coerce(raw, to: b.property) : raw
            if isWorkflow, let property = b.property {
                let isGiven = given?[b.field] ?? false
                let path = isGiven ? "userInputs.\(fields[b.field].name)" : "inputMappings.\(b.parameter)"
                let problems = property.problems(with: value, at: path)
                if !problems.isEmpty {
                    let origin = isGiven ? "the value given for '\(fields[b.field].name)'" : "user field '\(fields[b.field].name)' (\(raw.displayText))"
                    throw PricingError(
                        .invalidParameter,
                        message: "step \(step.stepNumber): \(origin) does not fit \(step.model.name)'s '\(b.parameter)': " + problems.map(\.description).joined(separator: "; "),
                        modelRecordId: step.model.recordId, templateId: templateId, stepNumber: step.errorStepNumber,
                        keyPath: path, issues: problems)
                }
            }
            parameters[b.parameter] = value
        }
        return parameters
    }

    /// Step `s`'s total for the field values `values`.
    func total(ofStep s: Int, values: [ParameterValue?], given: [Bool]?) throws(PricingError) -> ExactDecimal {
        let parameters = try parameters(ofStep: s, values: values, given: given)
        do throws(PricingError) {
            return try steps[s].model.total(parameters)
        } catch {
            throw error.within(templateId: templateId, stepNumber: steps[s].errorStepNumber)
        }
    }

    /// Step `s`'s quote (with line items) for the field values `values`.
    func quote(ofStep s: Int, values: [ParameterValue?], given: [Bool]?) throws(PricingError) -> (PriceQuote, [String: ParameterValue]) {
        let parameters = try parameters(ofStep: s, values: values, given: given)
        do throws(PricingError) {
            return (try steps[s].model.quote(parameters), parameters)
        } catch {
            throw error.within(templateId: templateId, stepNumber: steps[s].errorStepNumber)
        }
    }

    /// Safe bounds of step `s`'s price when its joint choices are too many to enumerate:
    /// interval arithmetic over the rule. The basis ranges over its (one or two) parameters'
    /// choices; each factor contributes the least and most of what it multiplies by or adds
    /// over its parameter's choices; then the minimum charge and the rounding, both
    /// non-decreasing. Exact when each parameter is read once; never narrower than the truth.
    func bounds(ofStep s: Int) throws(PricingError) -> (ExactDecimal, ExactDecimal) {
        let step = steps[s]
        let model = step.model
        // The values each parameter can take, as the call would see them.
        func possibleValues(of parameter: String) throws(PricingError) -> [ParameterValue?] {
            let defaults = fields.map { $0.choices[0] }
            guard let b = step.bindings.first(where: { $0.parameter == parameter }) else {
                return [try self.parameters(ofStep: s, values: defaults, given: nil)[parameter]]
            }
            var out: [ParameterValue?] = []
            var values = defaults
            for choice in fields[b.field].choices {
                values[b.field] = choice
                let v = try self.parameters(ofStep: s, values: values, given: nil)[parameter]
                if !out.contains(v) { out.append(v) }
            }
            return out
        }
        func evaluate(_ rule: PricingRule, base: ExactDecimal, _ parameters: [String: ParameterValue]) throws(PricingError) -> ExactDecimal {
            let probe = PricedModel(recordId: model.recordId, name: model.name, baseTokenCost: base, schema: model.schema, rule: rule)
            do throws(PricingError) { return try probe.total(parameters) } catch {
                throw error.within(templateId: templateId, stepNumber: step.errorStepNumber)
            }
        }
        func overflow() -> PricingError {
            PricingError(.arithmeticOverflow, message: "the price bounds do not fit exactly", modelRecordId: model.recordId, templateId: templateId, stepNumber: step.errorStepNumber)
        }
        var lo: ExactDecimal, hi: ExactDecimal
        switch model.rule.basis {
        case .baseTokenCost:
            lo = model.baseTokenCost; hi = lo
        case .priceTable(let table):
            let first = try possibleValues(of: table.parameters[0])
            let second: [ParameterValue?] = table.parameters.count > 1 ? try possibleValues(of: table.parameters[1]) : [nil]
            var prices: [ExactDecimal] = []
            for a in first {
                for b in second {
                    var p: [String: ParameterValue] = [:]
                    p[table.parameters[0]] = a
                    if table.parameters.count > 1 { p[table.parameters[1]] = b }
                    prices.append(try evaluate(PricingRule(basis: .priceTable(table)), base: .zero, p))
                }
            }
            lo = prices.min()!; hi = prices.max()!
        }
        for factor in model.rule.factors {
            var amounts: [ExactDecimal] = []
            for v in try possibleValues(of: factor.parameter) {
                var p: [String: ParameterValue] = [:]
                p[factor.parameter] = v
                amounts.append(try evaluate(PricingRule(factors: [factor]), base: .one, p))
            }
            let fLo = amounts.min()!, fHi = amounts.max()!
            switch factor {
            case .multiplier, .perUnit:
                let corners = [lo.multiplied(by: fLo), lo.multiplied(by: fHi), hi.multiplied(by: fLo), hi.multiplied(by: fHi)]
                guard corners.allSatisfy({ $0 != nil }) else { throw overflow() }
                lo = corners.map { $0! }.min()!
                hi = corners.map { $0! }.max()!
            case .surcharge:
                // The probe started from 1: what it added is the amount minus 1.
                guard let a = lo.adding(fLo - .one), let b = hi.adding(fHi - .one) else { throw overflow() }
                lo = a; hi = b
            }
        }
        if let minimum = model.rule.minimumCharge {
            if lo < minimum { lo = minimum }
            if hi < minimum { hi = minimum }
        }
        if let r = model.rule.rounding {
            lo = lo.rounded(places: r.places, mode: r.mode)
            hi = hi.rounded(places: r.places, mode: r.mode)
        }
        return (lo, hi)
    }
}

// MARK: - User inputs

extension TemplatePlan {
    /// The field values for `userInputs` (given values, else each field's default state) and
    /// which fields were given.
    /// - Throws: `unknownUserInput` for a name that is no field; `invalidUserInput` for a
    ///   value that does not fit its workflow field (a select value not among the options, a
    ///   checkbox that is not a boolean…); `invalidParameter` for a content template's value
    ///   that breaks the model's schema. Inputs are checked in name order.
    func resolve(_ userInputs: [String: ParameterValue]) throws(PricingError) -> (values: [ParameterValue?], given: [Bool]) {
        var values = fields.map { $0.choices[0] }
        var given = [Bool](repeating: false, count: fields.count)
        for name in userInputs.keys.sorted() {
            let value = userInputs[name]!
            guard let f = fieldIndex[name] else {
                let known = fields.map(\.name)
                throw PricingError(
                    .unknownUserInput,
                    message: "'\(name)' is not an input of \(isWorkflow ? "workflow" : "template") '\(templateId)'"
                        + (known.isEmpty ? " (it has none)" : " (inputs: \(known.joined(separator: ", ")))"),
                    templateId: templateId, keyPath: "userInputs.\(name)")
            }
            given[f] = true
            switch fields[f].kind {
            case .content(let property):
                let model = steps[0].model
                guard let property else {
                    throw PricingError(
                        .invalidParameter, message: "'\(name)' is editable but model \(model.name) has no such parameter",
                        modelRecordId: model.recordId, templateId: templateId, keyPath: "userInputs.\(name)",
                        issues: [SchemaIssue(keyPath: "userInputs.\(name)", kind: .unknownParameter, expected: "one of the schema's parameters", found: "'\(name)'")])
                }
                let problems = property.problems(with: value, at: "userInputs.\(name)")
                if !problems.isEmpty {
                    throw PricingError(
                        .invalidParameter, message: problems.map(\.description).joined(separator: "; "),
                        modelRecordId: model.recordId, templateId: templateId, keyPath: "userInputs.\(name)", issues: problems)
                }
                values[f] = value
            case .workflow(let field):
                values[f] = try Self.check(value, for: field, templateId: templateId, choice: fields[f])
            }
        }
        return (values, given)
    }

    /// A workflow field's value, checked against the field and normalised (a select's value
    /// becomes the option as declared).
    static func check(_ value: ParameterValue, for field: UserInputField, templateId: String, choice: PlanField) throws(PricingError) -> ParameterValue {
        func invalid(_ expected: String) -> PricingError {
            PricingError(
                .invalidUserInput, message: "'\(field.name)' expects \(expected), found \(value.displayText)",
                templateId: templateId, keyPath: "userInputs.\(field.name)")
        }
        switch field.type {
        case .select:
            guard let i = choice.choiceIndex(of: value), let option = choice.choices[i] else {
                throw invalid("one of " + (field.options ?? []).map(\.displayText).joined(separator: ", "))
            }
            return option
        case .checkbox:
            guard let i = choice.choiceIndex(of: value), let v = choice.choices[i] else { throw invalid("true or false") }
            return v
        case .number:
            guard value.numericValue != nil else { throw invalid("a number") }
            return value
        case .text, .textarea:
            guard case .string = value else { throw invalid("text") }
            return value
        case .file:
            switch value {
            case .string:
                return value
            case .array(let items):
                guard items.allSatisfy({ if case .string = $0 { return true } else { return false } }) else {
                    throw invalid("file URLs")
                }
                if let maxFiles = field.maxFiles, items.count > maxFiles { throw invalid("at most \(maxFiles) file\(maxFiles == 1 ? "" : "s")") }
                return value
            default:
                throw invalid("a file URL or a list of file URLs")
            }
        }
    }

    /// The first required field `given` lacks, as an error.
    func missingRequired(given: [Bool]) -> PricingError? {
        guard let f = fields.indices.first(where: { fields[$0].required && !given[$0] }) else { return nil }
        return PricingError(
            .missingRequiredInput, message: "'\(fields[f].name)' is required to price a run of '\(templateId)'",
            templateId: templateId, keyPath: "userInputs.\(fields[f].name)")
    }
}
