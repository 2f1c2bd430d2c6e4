// Every mapping and placeholder is resolved while compiling, before anything is priced, so
// a broken workflow fails once, naming the step and key path at fault.

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
                // Skip an option that is the same choice as one already listed, in one pass
                // (a select may have 100,000 options).
                var seen = ChoiceSet()
                if let d = defaultValue { seen.insert(d) }
                for option in options where !seen.contains(option) {
                    seen.insert(option)
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

        // Prompt placeholders were checked by `TemplateRules` before compiling; mappings are
        // resolved here because they bind fields to parameters.
        var stepIndexByNumber: [Int: Int] = [:]
        for (s, step) in workflow.steps.enumerated() where stepIndexByNumber[step.stepNumber] == nil {
            stepIndexByNumber[step.stepNumber] = s
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
                    guard let e = stepIndexByNumber[n], e < s else {
                        throw unresolved("there is no earlier step \(n)")
                    }
                    let earlier = workflow.steps[e]
                    guard earlier.outputKey == key else {
                        throw unresolved("step \(n)'s output is '\(earlier.outputKey ?? "(none)")', not '\(key)'")
                    }
                    // A step's output is a file (an image or video URL): it fills the
                    // parameter at run time and never moves the price, so it is not priced.
                    removed.insert(parameter)
                }
            }

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
}
