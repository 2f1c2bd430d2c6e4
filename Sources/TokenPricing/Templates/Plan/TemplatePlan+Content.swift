// A content template compiles to a one-step plan, so the breakdown and the fast path serve
// content templates and workflows alike.

extension TemplatePlan {
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
}
