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
        try f.finish()
        self.init(
            properties: properties, required: required, imageInputField: imageInputField, displayOrder: displayOrder,
            usePromptRenderer: usePromptRenderer)
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
            o["items"] = .object(i)
        }
        o.setIfPresent("showToUser", showToUser.map(ParameterValue.bool))
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
            try i.finish()
            return ItemsSchema(type: type, format: format)
        }
        let showToUser = try f.optional("showToUser", Portable.bool)
        try f.finish()
        self.init(
            name, type: type, default: defaultValue, enum: allowed, minimum: minimum, maximum: maximum, maxLength: maxLength,
            title: title, description: description, renderer: renderer, format: format, items: items, showToUser: showToUser)
    }
}
