/// One model in the portable form: its configuration, input schema and pricing rule.
///
///     {"config": {"recordId": "…", "modelName": "Kling V2 Pro", "baseTokenCost": "12",
///                 "isActive": true, "modelId": "kling/v2-1-pro", "provider": "kie_ai", …},
///      "inputSchema": {…}, "rule": {…}, "notes": "…"}
///
/// Pricing needs four config fields (`recordId`, `modelName`, `baseTokenCost`, `isActive`);
/// the others describe the model for the registry (`ModelRegistry` maps them to its
/// `ModelConfig`). All are checked here, by name and JSON type (`configFields`), so a file
/// a pricing service accepts is one the registry accepts too.
public struct PortableModel: Sendable, Hashable {
    /// The registry entry's unique id.
    public var recordId: String
    /// The display name.
    public var modelName: String
    /// The price the rule starts from.
    public var baseTokenCost: ExactDecimal
    /// Whether the platform offers it today.
    public var isActive: Bool
    /// The other config fields, by name (see `configFields`), as JSON values.
    public var registryFields: [String: ParameterValue]
    /// The parameters a call may give.
    public var inputSchema: InputSchema
    /// How the price moves with the parameters.
    public var rule: PricingRule
    /// Why the definition departs from its source data, if it does.
    public var notes: String?

    /// Creates a portable model.
    public init(
        recordId: String, modelName: String, baseTokenCost: ExactDecimal, isActive: Bool = true,
        registryFields: [String: ParameterValue] = [:], inputSchema: InputSchema, rule: PricingRule, notes: String? = nil
    ) {
        self.recordId = recordId
        self.modelName = modelName
        self.baseTokenCost = baseTokenCost
        self.isActive = isActive
        self.registryFields = registryFields
        self.inputSchema = inputSchema
        self.rule = rule
        self.notes = notes
    }

    /// The JSON type of a config field.
    public enum FieldType: String, Sendable, Hashable {
        /// A JSON string.
        case string
        /// A whole JSON number.
        case integer
        /// `true` or `false`.
        case boolean
        /// A decimal string (`"12.5"`).
        case decimal
        /// An array of strings.
        case strings
    }

    /// Every field `config` may have: name, type, and whether it is required.
    public static let configFields: [(name: String, type: FieldType, required: Bool)] = [
        ("recordId", .string, true), ("modelId", .string, true), ("modelName", .string, true),
        ("provider", .string, true), ("contentType", .string, true), ("baseTokenCost", .decimal, true),
        ("estimatedTimeSeconds", .integer, true), ("isActive", .boolean, true),
        ("modelFamily", .string, false), ("variantName", .string, false), ("displayOrderInFamily", .integer, false),
        ("maxImages", .integer, false), ("defaultOutputs", .integer, false), ("apiEndpoint", .string, false),
        ("payloadStructure", .string, false), ("logoUrl", .string, false),
        ("apiKeyName", .string, false), ("maxFileSizeBytes", .integer, false), ("maxDurationSeconds", .decimal, false),
        ("minDurationSeconds", .decimal, false), ("maxAudios", .integer, false), ("maxVideos", .integer, false),
        ("requiresAudio", .boolean, false), ("taskType", .string, false), ("outputFormat", .string, false),
        ("acceptedVideoTypes", .strings, false),
    ]

    /// The fields pricing reads itself; the others land in `registryFields`.
    static let pricingFields: Set<String> = ["recordId", "modelName", "baseTokenCost", "isActive"]

    /// What pricing needs of this model.
    public var priced: PricedModel {
        PricedModel(recordId: recordId, name: modelName, baseTokenCost: baseTokenCost, schema: inputSchema, rule: rule, isActive: isActive)
    }

    /// The model as a JSON value of the portable form.
    public var portableValue: ParameterValue {
        var config = registryFields
        config["recordId"] = .string(recordId)
        config["modelName"] = .string(modelName)
        config["baseTokenCost"] = .portableDecimal(baseTokenCost)
        config["isActive"] = .bool(isActive)
        var o: [String: ParameterValue] = ["config": .object(config), "inputSchema": inputSchema.portableValue, "rule": rule.portableValue]
        o.setIfPresent("notes", notes.map(ParameterValue.string))
        return .object(o)
    }

    /// Reads a model of the portable form at `path`.
    /// - Throws: `PortableFormatError` naming the key path of the first problem.
    public init(portable value: ParameterValue, at path: String) throws(PortableFormatError) {
        var f = try PortableFields(value, at: path)
        var c = try f.required("config") { v, p throws(PortableFormatError) in try PortableFields(v, at: p) }
        var fields: [String: ParameterValue] = [:]
        for field in Self.configFields {
            let read: (ParameterValue, String) throws(PortableFormatError) -> ParameterValue
            switch field.type {
            case .string: read = { v, p throws(PortableFormatError) in .string(try Portable.string(v, p)) }
            case .integer: read = { v, p throws(PortableFormatError) in .number(ExactDecimal(try Portable.int(v, p))) }
            case .boolean: read = { v, p throws(PortableFormatError) in .bool(try Portable.bool(v, p)) }
            case .decimal: read = { v, p throws(PortableFormatError) in .portableDecimal(try Portable.decimal(v, p)) }
            case .strings: read = { v, p throws(PortableFormatError) in .portableStrings(try Portable.strings(v, p)) }
            }
            if field.required {
                fields[field.name] = try c.required(field.name, read)
            } else if let v = try c.optional(field.name, read) {
                fields[field.name] = v
            }
        }
        try c.finish()
        let inputSchema = try f.required("inputSchema") { v, p throws(PortableFormatError) in try InputSchema(portable: v, at: p) }
        let rule = try f.required("rule") { v, p throws(PortableFormatError) in try PricingRule(portable: v, at: p) }
        let notes = try f.optional("notes", Portable.string)
        try f.finish()
        guard case .string(let recordId) = fields["recordId"], case .string(let name) = fields["modelName"],
              case .string(let cost) = fields["baseTokenCost"], let baseTokenCost = ExactDecimal(cost),
              case .bool(let isActive) = fields["isActive"] else {
            throw PortableFormatError(keyPath: Portable.path(path, "config"), message: "incomplete config")
        }
        self.init(
            recordId: recordId, modelName: name, baseTokenCost: baseTokenCost, isActive: isActive,
            registryFields: fields.filter { !Self.pricingFields.contains($0.key) }, inputSchema: inputSchema, rule: rule, notes: notes)
    }
}
