// Checking a run's user inputs against the plan's fields, with the precise errors.

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
                let options = field.options ?? []
                let shown = options.prefix(20).map(\.displayText).joined(separator: ", ")
                throw invalid("one of " + shown + (options.count > 20 ? ", … (\(options.count) options)" : ""))
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
