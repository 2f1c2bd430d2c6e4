import TokenPricing

/// One prepared call. A class, so reading it in the loop copies nothing.
final class Call {
    let model: PricedModel
    let parameters: [String: ParameterValue]
    init(_ model: PricedModel, _ parameters: [String: ParameterValue]) {
        self.model = model
        self.parameters = parameters
    }
}

/// One call prepared for `PreparedCall`: its shape compiled once, its values in that order.
final class PreparedRow {
    let prepared: PreparedCall
    let values: [ParameterValue]
    init(_ call: Call) throws {
        let names = call.parameters.keys.sorted()
        prepared = try call.model.prepare(parameterNames: names)
        values = names.map { call.parameters[$0]! }
    }
}

/// A realistic call of `model`: its schema defaults, a prompt-like text for required text
/// fields, and an image URL for the image input; then one variant per value of each priced
/// enum parameter. Calls that do not price (a model's own schema trips it) are left out.
func calls(for model: PricedModel) -> [Call] {
    var base: [String: ParameterValue] = [:]
    for property in model.schema.properties {
        if let d = property.defaultValue, property.problems(with: d, at: "").isEmpty {
            base[property.name] = d
        } else if model.schema.isRequired(property.name) {
            switch property.type {
            case .string:
                base[property.name] = property.name == model.schema.imageInputField || property.name.lowercased().contains("image")
                    ? "https://cdn.example.com/input.png" : "a red fox in fresh snow, golden hour, 35mm"
            case .array:
                base[property.name] = ["https://cdn.example.com/input.png"]
            default:
                break
            }
        }
    }
    var variants: [[String: ParameterValue]] = [base]
    for name in model.rule.pricedParameters {
        guard let property = model.schema[name] else { continue }
        let values = property.allowedValues ?? [property.minimum, property.maximum].compactMap { $0.map(ParameterValue.number) }
        for v in values where base[name] != v {
            variants.append(base.merging([name: v]) { $1 })
        }
    }
    return variants.compactMap { p in (try? model.total(p)) != nil ? Call(model, p) : nil }
}
