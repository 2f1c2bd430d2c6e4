// Pricing one step for given field values: the general path the tables are built from.

extension TemplatePlan {
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
}
