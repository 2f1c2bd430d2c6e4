import Foundation
import ModelRegistry
import TokenPricing

extension CheckRun {
    /// The rules about the catalogue: ids, models, parameters, mappings, required fields.
    mutating func checkTemplates() {
        var seen: [String: (count: Int, first: String)] = [:]
        func ref(_ kind: TemplateRef.Kind, _ index: Int, _ id: String) -> TemplateRef {
            let occurrence = seen[id]?.count ?? 0
            let label = (kind == .content ? "content template" : "workflow")
            seen[id] = (occurrence + 1, seen[id]?.first ?? label)
            return TemplateRef(kind: kind, index: index, id: id, occurrence: occurrence)
        }
        for (i, template) in catalog.contentTemplates.enumerated() {
            let r = ref(.content, i, template.id)
            if r.occurrence > 0 { duplicateId(r, firstKind: seen[template.id]!.first) }
            check(template, r)
        }
        for (i, workflow) in catalog.workflowTemplates.enumerated() {
            let r = ref(.workflow, i, workflow.id)
            if r.occurrence > 0 { duplicateId(r, firstKind: seen[workflow.id]!.first) }
            check(workflow, r)
        }
    }

    private mutating func duplicateId(_ r: TemplateRef, firstKind: String) {
        add(.duplicateTemplateId,
            "\(r.label): the id '\(r.id)' is already used by an earlier \(firstKind); template ids must be unique",
            template: r, keyPath: "id")
    }

    /// The model a template or step names, reporting an unknown or inactive one.
    private mutating func model(_ recordId: String, for r: TemplateRef, keyPath: String, what: String) -> ModelDefinition? {
        guard let model = registry.model(recordId: recordId) else {
            add(.unknownModel, "\(what) names model '\(recordId)', which is not in the registry", template: r, keyPath: keyPath)
            return nil
        }
        if !model.config.isActive {
            add(.inactiveModelInTemplate,
                "\(what) uses \(model.config.modelName) (\(model.recordId)), which is not active",
                template: r, keyPath: keyPath)
        }
        return model
    }

    /// Reports each schema issue of `values` as `parameter-outside-schema`.
    private mutating func checkValues(_ values: [String: ParameterValue], prefix: String, model: ModelDefinition, r: TemplateRef, what: String) {
        for issue in model.inputSchema.validate(values, keyPathPrefix: prefix, requireAll: false) {
            add(.parameterOutsideSchema,
                "\(what): \(issue.keyPath): expected \(issue.expected), found \(issue.found) (schema of \(model.config.modelName))",
                template: r, keyPath: issue.keyPath)
        }
    }

    // MARK: Content templates

    private mutating func check(_ t: ContentTemplate, _ r: TemplateRef) {
        guard let model = model(t.modelRecordId, for: r, keyPath: "modelRecordId", what: r.label) else { return }
        let schema = model.inputSchema
        checkValues(t.presetParameters, prefix: "presetParameters", model: model, r: r, what: r.label)
        checkValues(t.hiddenFieldDefaults, prefix: "hiddenFieldDefaults", model: model, r: r, what: r.label)
        for (i, field) in t.userEditableFields.enumerated() where schema[field] == nil {
            add(.editableFieldNotInSchema,
                "\(r.label): user-editable field '\(field)' is not a parameter of \(model.config.modelName) (it has \(schema.properties.map(\.name).joined(separator: ", ")))",
                template: r, keyPath: "userEditableFields[\(i)]")
        }
        let given = Set(t.userEditableFields).union(t.presetParameters.keys).union(t.hiddenFieldDefaults.keys)
        for name in schema.required where !given.contains(name) {
            add(.requiredFieldNotProvided,
                "\(r.label): required field '\(name)' of \(model.config.modelName) is neither user-editable nor given in presetParameters or hiddenFieldDefaults",
                template: r, keyPath: "id")
        }
    }

    // MARK: Workflows

    private mutating func check(_ w: WorkflowTemplate, _ r: TemplateRef) {
        // User fields.
        var fields: [String: UserInputField] = [:]
        for (i, field) in w.userInputFields.enumerated() {
            if fields[field.name] != nil {
                add(.duplicateUserField, "\(r.label): user field '\(field.name)' is declared more than once",
                    template: r, keyPath: "userInputFields[\(i)].name")
            } else {
                fields[field.name] = field
            }
            if field.type == .select && (field.options ?? []).isEmpty {
                add(.selectWithoutOptions, "\(r.label): select field '\(field.name)' has no options",
                    template: r, keyPath: "userInputFields[\(i)].options")
            }
        }

        // Step numbering.
        let numbers = w.steps.map(\.stepNumber)
        if numbers.isEmpty {
            add(.stepNumbering, "\(r.label) has no steps", template: r, keyPath: "steps")
        } else if numbers != Array(1...numbers.count) {
            let first = numbers.indices.first { numbers[$0] != $0 + 1 }!
            add(.stepNumbering,
                "\(r.label): steps are numbered \(numbers.map(String.init).joined(separator: ", ")); expected \((1...numbers.count).map(String.init).joined(separator: ", "))",
                template: r, keyPath: "steps[\(first)].stepNumber")
        }
        var stepsByNumber: [Int: WorkflowStep] = [:]
        for step in w.steps where stepsByNumber[step.stepNumber] == nil { stepsByNumber[step.stepNumber] = step }

        for (i, step) in w.steps.enumerated() {
            let what = "\(r.label) step \(step.stepNumber)" + (step.stepName.map { " (\($0))" } ?? "")
            let at = "steps[\(i)]"

            // Mappings and prompt placeholders resolve whatever the model.
            for (parameter, source) in step.inputMappings.sorted(by: { $0.key < $1.key }) {
                if let problem = Self.problem(resolving: source, in: step, fields: fields, steps: stepsByNumber) {
                    add(.unresolvedMapping, "\(what): mapping of '\(parameter)' to '\(source)': \(problem)",
                        template: r, keyPath: "\(at).inputMappings.\(parameter)")
                }
            }
            for placeholder in Self.placeholders(in: step.promptTemplate ?? "") {
                if let problem = Self.problem(resolving: placeholder, in: step, fields: fields, steps: stepsByNumber) {
                    add(.unresolvedMapping, "\(what): prompt placeholder '{{\(placeholder)}}': \(problem)",
                        template: r, keyPath: "\(at).promptTemplate")
                }
            }

            guard let model = model(step.modelRecordId, for: r, keyPath: "\(at).modelRecordId", what: what) else { continue }
            let schema = model.inputSchema
            checkValues(step.parameters, prefix: "\(at).parameters", model: model, r: r, what: what)

            for (parameter, source) in step.inputMappings.sorted(by: { $0.key < $1.key }) {
                let keyPath = "\(at).inputMappings.\(parameter)"
                guard let property = schema[parameter] else {
                    add(.parameterOutsideSchema,
                        "\(what): \(keyPath): maps onto '\(parameter)', which is not a parameter of \(model.config.modelName) (it has \(schema.properties.map(\.name).joined(separator: ", ")))",
                        template: r, keyPath: keyPath)
                    continue
                }
                // A select's options are the values the parameter will get: each must fit.
                if case .userField(let name)? = MappingSource(source), let field = fields[name], field.type == .select {
                    for option in field.options ?? [] {
                        for issue in property.problems(with: option, at: keyPath) {
                            add(.parameterOutsideSchema,
                                "\(what): \(keyPath): option \(option.displayText) of select field '\(name)': expected \(issue.expected), found \(issue.found) (schema of \(model.config.modelName))",
                                template: r, keyPath: keyPath)
                        }
                    }
                }
            }

            let hasPrompt = !(step.promptTemplate ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            for name in schema.required where step.parameters[name] == nil && step.inputMappings[name] == nil {
                if hasPrompt && Self.isPromptField(name, in: schema) { continue }
                add(.requiredFieldNotProvided,
                    "\(what): required field '\(name)' of \(model.config.modelName) is neither set in parameters nor mapped"
                        + (Self.isPromptField(name, in: schema) ? " (and the step has no promptTemplate)" : ""),
                    template: r, keyPath: "\(at).stepNumber")
            }
        }
    }

    /// Whether the step's `promptTemplate` fills `name`: the schema's prompt field, by name
    /// (`prompt`, `text`, Runware's `positivePrompt`) or by its `prompt` renderer.
    static func isPromptField(_ name: String, in schema: InputSchema) -> Bool {
        ["prompt", "text", "positivePrompt"].contains(name) || schema[name]?.renderer == "prompt"
    }

    /// What is wrong with a mapping source (`user.x`, `step1.image`), or `nil` when it resolves.
    static func problem(resolving source: String, in step: WorkflowStep, fields: [String: UserInputField], steps: [Int: WorkflowStep]) -> String? {
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

    /// The `{{…}}` placeholders of a prompt template, trimmed.
    static func placeholders(in text: String) -> [String] {
        var result: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            result.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return result
    }
}
