/// `InputSchema` and `SchemaProperty` in the portable form (Docs/PORTABLE-PRICING.md):
///
///     {"properties": [{"name": "duration", "type": "string", "default": "5", "enum": ["5", "10"]}],
///      "required": ["prompt"], "imageInputField": "image_url"}
///
/// Properties are an array because their order is the form's order. Bounds are decimal
/// strings; defaults and enum values are plain JSON values, numbers read exactly.
extension InputSchema {
    /// The schema as a JSON value of the portable form.
    public var portableValue: ParameterValue {
        var o: [String: ParameterValue] = ["properties": .array(properties.map(\.portableValue)), "required": .portableStrings(required)]
        o.setIfPresent("imageInputField", imageInputField.map(ParameterValue.string))
        o.setIfPresent("displayOrder", displayOrder.map(ParameterValue.portableStrings))
        o.setIfPresent("usePromptRenderer", usePromptRenderer.map(ParameterValue.bool))
        o.setIfPresent("promptField", promptField.map(ParameterValue.string))
        o.setIfPresent("audioInputField", audioInputField.map(ParameterValue.string))
        o.setIfPresent("videoInputField", videoInputField.map(ParameterValue.string))
        return .object(o)
    }

    /// Reads a schema of the portable form at `path`. Property names must be unique.
    public init(portable value: ParameterValue, at path: String = "") throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        let properties = try f.required("properties") { v, p throws(PortableFormatError) in
            try Portable.array(v, p) { v, p throws(PortableFormatError) in try SchemaProperty(portable: v, at: p) }
        }
        var seen: [String: Int] = [:]
        for (i, property) in properties.enumerated() {
            if let earlier = seen[property.name] {
                throw PortableFormatError(
                    keyPath: Portable.path(Portable.path(f.path(of: "properties"), i), "name"),
                    message: "duplicate property '\(property.name)' (already at properties[\(earlier)])")
            }
            seen[property.name] = i
        }
        let required = try f.optional("required", Portable.strings) ?? []
        let imageInputField = try f.optional("imageInputField", Portable.string)
        let displayOrder = try f.optional("displayOrder", Portable.strings)
        let usePromptRenderer = try f.optional("usePromptRenderer", Portable.bool)
        let promptField = try f.optional("promptField", Portable.string)
        let audioInputField = try f.optional("audioInputField", Portable.string)
        let videoInputField = try f.optional("videoInputField", Portable.string)
        try f.finish()
        self.init(
            properties: properties, required: required, imageInputField: imageInputField, displayOrder: displayOrder,
            usePromptRenderer: usePromptRenderer, promptField: promptField, audioInputField: audioInputField,
            videoInputField: videoInputField)
    }
}

extension SchemaProperty {
    /// The property as a JSON value of the portable form (absent fields omitted).
    public var portableValue: ParameterValue {
        var o: [String: ParameterValue] = ["name": .string(name), "type": .string(type.rawValue)]
        o.setIfPresent("default", defaultValue)
        o.setIfPresent("enum", allowedValues.map(ParameterValue.array))
        o.setIfPresent("minimum", minimum.map(ParameterValue.portableDecimal))
        o.setIfPresent("maximum", maximum.map(ParameterValue.portableDecimal))
        o.setIfPresent("maxLength", maxLength.map { .number(ExactDecimal($0)) })
        o.setIfPresent("title", title.map(ParameterValue.string))
        o.setIfPresent("description", description.map(ParameterValue.string))
        o.setIfPresent("renderer", renderer.map(ParameterValue.string))
        o.setIfPresent("format", format.map(ParameterValue.string))
        if let items {
            var i: [String: ParameterValue] = ["type": .string(items.type.rawValue)]
            i.setIfPresent("format", items.format.map(ParameterValue.string))
            if !items.properties.isEmpty { i["properties"] = .array(items.properties.map(\.portableValue)) }
            if !items.required.isEmpty { i["required"] = .portableStrings(items.required) }
            o["items"] = .object(i)
        }
        o.setIfPresent("showToUser", showToUser.map(ParameterValue.bool))
        o.setIfPresent("minLength", minLength.map { .number(ExactDecimal($0)) })
        o.setIfPresent("minItems", minItems.map { .number(ExactDecimal($0)) })
        o.setIfPresent("maxItems", maxItems.map { .number(ExactDecimal($0)) })
        o.setIfPresent("step", step.map(ParameterValue.portableDecimal))
        o.setIfPresent("enumLabels", enumLabels.map { .object($0.mapValues(ParameterValue.string)) })
        o.setIfPresent("isAdvanced", isAdvanced.map(ParameterValue.bool))
        return .object(o)
    }

    /// Reads a property of the portable form at `path`.
    public init(portable value: ParameterValue, at path: String) throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        let types = PropertyType.allCases.map { ($0.rawValue, $0) }
        let name = try f.required("name", Portable.string)
        let type = try f.required("type") { v, p throws(PortableFormatError) in try Portable.choice(v, p, types, what: "type") }
        let defaultValue = try f.optional("default", Portable.value)
        let allowed = try f.optional("enum") { v, p throws(PortableFormatError) in try Portable.array(v, p, Portable.value) }
        let minimum = try f.optional("minimum", Portable.decimal)
        let maximum = try f.optional("maximum", Portable.decimal)
        let maxLength = try f.optional("maxLength", Portable.int)
        let title = try f.optional("title", Portable.string)
        let description = try f.optional("description", Portable.string)
        let renderer = try f.optional("renderer", Portable.string)
        let format = try f.optional("format", Portable.string)
        let items = try f.optional("items") { v, p throws(PortableFormatError) -> ItemsSchema in
            var i = try PortableFields(v, at: p)
            let type = try i.required("type") { v, p throws(PortableFormatError) in try Portable.choice(v, p, types, what: "type") }
            let format = try i.optional("format", Portable.string)
            let fields = try i.optional("properties") { v, p throws(PortableFormatError) in
                try Portable.array(v, p) { v, p throws(PortableFormatError) in try SchemaProperty(portable: v, at: p) }
            } ?? []
            let required = try i.optional("required", Portable.strings) ?? []
            try i.finish()
            return ItemsSchema(type: type, format: format, properties: fields, required: required)
        }
        let showToUser = try f.optional("showToUser", Portable.bool)
        let minLength = try f.optional("minLength", Portable.int)
        let minItems = try f.optional("minItems", Portable.int)
        let maxItems = try f.optional("maxItems", Portable.int)
        let step = try f.optional("step", Portable.decimal)
        let enumLabels = try f.optional("enumLabels") { v, p throws(PortableFormatError) in try Portable.dictionary(v, p, Portable.string) }
        let isAdvanced = try f.optional("isAdvanced", Portable.bool)
        try f.finish()
        self.init(
            name, type: type, default: defaultValue, enum: allowed, minimum: minimum, maximum: maximum, maxLength: maxLength,
            title: title, description: description, renderer: renderer, format: format, items: items, showToUser: showToUser,
            minLength: minLength, minItems: minItems, maxItems: maxItems, step: step, enumLabels: enumLabels, isAdvanced: isAdvanced)
    }
}
