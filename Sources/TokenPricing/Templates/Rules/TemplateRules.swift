/// SPEC's rules about one content template or workflow, checked against a catalogue of
/// models: the single definition of a valid template. `Integrity` reports these problems as
/// findings; `TemplatePricer` refuses a template with any error among them. Rules about the
/// whole catalogue (two templates with one id) stay with the catalogue's checker.
///
/// Every rule is linear in the template's size: a select with 100,000 options or a prompt
/// with 200,000 placeholders is checked in one pass.
public enum TemplateRules {
    /// Every problem of a content template, in a stable order.
    public static func problems(of t: ContentTemplate, models: any ModelCatalog) -> [TemplateProblem] {
        var out: [TemplateProblem] = []
        let label = "content template '\(t.id)'"
        guard let model = model(t.modelRecordId, keyPath: "modelRecordId", what: label, stepIndex: nil, stepNumber: nil, models: models, into: &out) else {
            return out
        }
        let schema = model.schema
        values(t.presetParameters, prefix: "presetParameters", model: model, what: label, into: &out)
        values(t.hiddenFieldDefaults, prefix: "hiddenFieldDefaults", model: model, what: label, into: &out)
        for (i, field) in t.userEditableFields.enumerated() where schema[field] == nil {
            out.append(TemplateProblem(
                .editableFieldNotInSchema,
                message: "\(label): user-editable field '\(field)' is not a parameter of \(model.name) (it has \(schema.properties.map(\.name).joined(separator: ", ")))",
                keyPath: "userEditableFields[\(i)]", modelRecordId: model.recordId,
                issues: [SchemaIssue(keyPath: "userEditableFields[\(i)]", kind: .unknownParameter, expected: "one of the schema's parameters", found: "'\(field)'")]))
        }
        let given = Set(t.userEditableFields).union(t.presetParameters.keys).union(t.hiddenFieldDefaults.keys)
        for name in schema.required where !given.contains(name) {
            out.append(TemplateProblem(
                .requiredFieldNotProvided,
                message: "\(label): required field '\(name)' of \(model.name) is neither user-editable nor given in presetParameters or hiddenFieldDefaults",
                keyPath: "id", modelRecordId: model.recordId))
        }
        return out
    }

    /// Every problem of a workflow, in a stable order.
    public static func problems(of w: WorkflowTemplate, models: any ModelCatalog) -> [TemplateProblem] {
        var out: [TemplateProblem] = []
        let label = "workflow '\(w.id)'"
        var fields: [String: UserInputField] = [:]
        for (i, field) in w.userInputFields.enumerated() {
            if fields[field.name] != nil {
                out.append(TemplateProblem(
                    .duplicateUserField, message: "\(label): user field '\(field.name)' is declared more than once",
                    keyPath: "userInputFields[\(i)].name"))
            } else {
                fields[field.name] = field
            }
            if field.type == .select && (field.options ?? []).isEmpty {
                out.append(TemplateProblem(
                    .selectWithoutOptions, message: "\(label): select field '\(field.name)' has no options",
                    keyPath: "userInputFields[\(i)].options"))
            }
        }
        let numbers = w.steps.map(\.stepNumber)
        if numbers.isEmpty {
            out.append(TemplateProblem(.stepNumbering, message: "\(label) has no steps", keyPath: "steps"))
        } else if let first = numbers.indices.first(where: { numbers[$0] != $0 + 1 }) {
            out.append(TemplateProblem(
                .stepNumbering,
                message: "\(label): steps are numbered \(numbers.map(String.init).joined(separator: ", ")); expected \((1...numbers.count).map(String.init).joined(separator: ", "))",
                keyPath: "steps[\(first)].stepNumber"))
        }
        var stepsByNumber: [Int: WorkflowStep] = [:]
        for step in w.steps where stepsByNumber[step.stepNumber] == nil { stepsByNumber[step.stepNumber] = step }

        for (i, step) in w.steps.enumerated() {
            let what = "\(label) step \(step.stepNumber)" + (step.stepName.map { " (\($0))" } ?? "")
            let at = "steps[\(i)]"
            func problem(_ rule: TemplateProblem.Rule, _ message: String, _ keyPath: String, model: String? = nil, issues: [SchemaIssue] = []) {
                out.append(TemplateProblem(rule, message: message, keyPath: keyPath, stepIndex: i, stepNumber: step.stepNumber, modelRecordId: model, issues: issues))
            }
            let mappings = step.inputMappings.sorted { $0.key < $1.key }
            for (parameter, source) in mappings {
                if let why = unresolved(source, in: step, fields: fields, steps: stepsByNumber) {
                    problem(.unresolvedMapping, "\(what): mapping of '\(parameter)' to '\(source)': \(why)", "\(at).inputMappings.\(parameter)")
                }
            }
            var reported = Set<String>()
            for placeholder in PromptPlaceholders.names(in: step.promptTemplate ?? "") where !reported.contains(placeholder) {
                if let why = unresolved(placeholder, in: step, fields: fields, steps: stepsByNumber) {
                    // One finding per distinct placeholder: a prompt repeating a broken one is one problem.
                    reported.insert(placeholder)
                    problem(.unresolvedMapping, "\(what): prompt placeholder '{{\(placeholder)}}': \(why)", "\(at).promptTemplate")
                }
            }

            guard let model = model(step.modelRecordId, keyPath: "\(at).modelRecordId", what: what, stepIndex: i, stepNumber: step.stepNumber, models: models, into: &out) else {
                continue
            }
            let schema = model.schema
            values(step.parameters, prefix: "\(at).parameters", model: model, what: what, stepIndex: i, stepNumber: step.stepNumber, into: &out)
            for (parameter, source) in mappings {
                let keyPath = "\(at).inputMappings.\(parameter)"
                guard let property = schema[parameter] else {
                    problem(.parameterOutsideSchema,
                            "\(what): \(keyPath): maps onto '\(parameter)', which is not a parameter of \(model.name) (it has \(schema.properties.map(\.name).joined(separator: ", ")))",
                            keyPath, model: model.recordId,
                            issues: [SchemaIssue(keyPath: keyPath, kind: .unknownParameter, expected: "one of the schema's parameters", found: "'\(parameter)'")])
                    continue
                }
                // A select's options are the values the parameter will get: each must fit.
                if case .userField(let name)? = MappingSource(source), let field = fields[name], field.type == .select {
                    // Form values are converted to the parameter's type first, as the pricer
                    // does ("5" fills an integer, 5 fills a string).
                    for option in field.options ?? [] {
                        for issue in property.problems(with: TemplatePlan.coerce(option, to: property), at: keyPath) {
                            problem(.parameterOutsideSchema,
                                    "\(what): \(keyPath): option \(option.displayText) of select field '\(name)': expected \(issue.expected), found \(issue.found) (schema of \(model.name))",
                                    keyPath, model: model.recordId, issues: [issue])
                        }
                    }
                }
            }
            let hasPrompt = (step.promptTemplate ?? "").contains { !$0.isWhitespace }
            for name in schema.required where step.parameters[name] == nil && step.inputMappings[name] == nil {
                if hasPrompt && isPromptField(name, in: schema) { continue }
                problem(.requiredFieldNotProvided,
                        "\(what): required field '\(name)' of \(model.name) is neither set in parameters nor mapped"
                            + (isPromptField(name, in: schema) ? " (and the step has no promptTemplate)" : ""),
                        "\(at).stepNumber", model: model.recordId)
            }
        }
        return out
    }

    /// Whether a step's `promptTemplate` fills `name`: the schema's prompt field, by name
    /// (`prompt`, `text`, Runware's `positivePrompt`) or by its `prompt` renderer.
    public static func isPromptField(_ name: String, in schema: InputSchema) -> Bool {
        ["prompt", "text", "positivePrompt"].contains(name) || schema[name]?.renderer == "prompt"
    }

    /// What is wrong with a mapping source (`user.x`, `step1.image`), or `nil` when it resolves.
    public static func unresolved(_ source: String, in step: WorkflowStep, fields: [String: UserInputField], steps: [Int: WorkflowStep]) -> String? {
        switch MappingSource(source) {
        case nil:
            return "not of the form user.<field> or step<N>.<outputKey>"
        case .userField(let name)?:
            if fields[name] == nil {
                let known = fields.keys.sorted()
                return "no user field is named '\(name)'" + (known.isEmpty ? " (the workflow has none)" : " (fields: \(known.joined(separator: ", ")))")
            }
            return nil
        case .stepOutput(let n, let key)?:
            if n == step.stepNumber { return "a step cannot read its own output" }
            guard let source = steps[n] else { return "there is no step \(n)" }
            if n > step.stepNumber { return "step \(n) runs after step \(step.stepNumber)" }
            guard let outputKey = source.outputKey else { return "step \(n) declares no outputKey" }
            if outputKey != key { return "step \(n)'s output is '\(outputKey)', not '\(key)'" }
            return nil
        }
    }

    /// The model a template or step names, reporting an unknown or inactive one.
    private static func model(
        _ recordId: String, keyPath: String, what: String, stepIndex: Int?, stepNumber: Int?, models: any ModelCatalog,
        into out: inout [TemplateProblem]
    ) -> PricedModel? {
        guard let model = models.pricedModel(recordId: recordId) else {
            out.append(TemplateProblem(
                .unknownModel, message: "\(what) names model '\(recordId)', which is not in the registry",
                keyPath: keyPath, stepIndex: stepIndex, stepNumber: stepNumber, modelRecordId: recordId))
            return nil
        }
        if !model.isActive {
            out.append(TemplateProblem(
                .inactiveModelInTemplate, message: "\(what) uses \(model.name) (\(model.recordId)), which is not active",
                keyPath: keyPath, stepIndex: stepIndex, stepNumber: stepNumber, modelRecordId: recordId))
        }
        return model
    }

    /// Each schema issue of `values` as `parameterOutsideSchema`.
    private static func values(
        _ values: [String: ParameterValue], prefix: String, model: PricedModel, what: String, stepIndex: Int? = nil,
        stepNumber: Int? = nil, into out: inout [TemplateProblem]
    ) {
        for issue in model.schema.validate(values, keyPathPrefix: prefix, requireAll: false) {
            out.append(TemplateProblem(
                .parameterOutsideSchema,
                message: "\(what): \(issue.keyPath): expected \(issue.expected), found \(issue.found) (schema of \(model.name))",
                keyPath: issue.keyPath, stepIndex: stepIndex, stepNumber: stepNumber, modelRecordId: model.recordId, issues: [issue]))
        }
    }
}
