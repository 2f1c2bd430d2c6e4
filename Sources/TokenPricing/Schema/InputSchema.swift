/// A model's input schema: its parameters, which are required, and display hints.
public struct InputSchema: Sendable, Hashable {
    /// The parameters, in declaration order.
    public var properties: [SchemaProperty]
    /// Names of the parameters a call must give.
    public var required: [String]
    /// The parameter that carries the input image, for image models.
    public var imageInputField: String?
    /// The platform's preferred display order of some parameters (`x-order`).
    public var displayOrder: [String]?
    /// Whether the platform shows its prompt widget for this model.
    public var usePromptRenderer: Bool?
    /// The parameter that carries the prompt, when it is not `prompt` (e.g. `text`).
    public var promptField: String?
    /// The parameter that carries the input audio, for audio-driven models.
    public var audioInputField: String?
    /// The parameter that carries the input video, for video-driven models.
    public var videoInputField: String?

    private var indexByName: [String: Int]

    /// Creates a schema.
    public init(
        properties: [SchemaProperty],
        required: [String] = [],
        imageInputField: String? = nil,
        displayOrder: [String]? = nil,
        usePromptRenderer: Bool? = nil,
        promptField: String? = nil,
        audioInputField: String? = nil,
        videoInputField: String? = nil
    ) {
        self.properties = properties
        self.required = required
        self.imageInputField = imageInputField
        self.displayOrder = displayOrder
        self.usePromptRenderer = usePromptRenderer
        self.promptField = promptField
        self.audioInputField = audioInputField
        self.videoInputField = videoInputField
        var index: [String: Int] = [:]
        for (i, p) in properties.enumerated() where index[p.name] == nil { index[p.name] = i }
        self.indexByName = index
    }

    /// The property named `name`, if the schema has one.
    public subscript(name: String) -> SchemaProperty? {
        indexByName[name].map { properties[$0] }
    }

    /// Whether `name` is one of the required parameters.
    public func isRequired(_ name: String) -> Bool { required.contains(name) }

    /// The defaults of every property that declares one.
    public var defaults: [String: ParameterValue] {
        var result: [String: ParameterValue] = [:]
        for p in properties { if let d = p.defaultValue { result[p.name] = d } }
        return result
    }

    /// Every problem `parameters` has against this schema, in a stable order: unknown
    /// parameters, bad values, then (when `requireAll`) missing required parameters.
    /// - Parameters:
    ///   - parameters: the values to check.
    ///   - keyPathPrefix: prepended to each key path, e.g. `parameters`.
    ///   - requireAll: whether missing required parameters are problems. A price estimate
    ///     does not need the prompt, so pricing passes `false`.
    public func validate(
        _ parameters: [String: ParameterValue],
        keyPathPrefix: String = "parameters",
        requireAll: Bool = true
    ) -> [SchemaIssue] {
        var issues: [SchemaIssue] = []
        for name in parameters.keys.sorted() {
            let path = keyPathPrefix.isEmpty ? name : "\(keyPathPrefix).\(name)"
            guard let property = self[name] else {
                issues.append(SchemaIssue(
                    keyPath: path, kind: .unknownParameter,
                    expected: "one of the schema's parameters (" + properties.map(\.name).joined(separator: ", ") + ")",
                    found: "'\(name)'"))
                continue
            }
            issues += property.problems(with: parameters[name]!, at: path)
        }
        if requireAll {
            for name in required where parameters[name] == nil {
                let path = keyPathPrefix.isEmpty ? name : "\(keyPathPrefix).\(name)"
                issues.append(SchemaIssue(keyPath: path, kind: .missingRequired, expected: "a value (required)", found: "nothing"))
            }
        }
        return issues
    }
}
