/// A workflow template: several model calls in sequence, fed by the user's inputs and by
/// earlier steps' outputs. Shape and field names as in SPEC.
public struct WorkflowTemplate: Sendable, Hashable, Codable {
    /// The workflow's id.
    public var id: String
    /// Its display name.
    public var name: String
    /// What it makes.
    public var description: String?
    /// Its category.
    public var category: String?
    /// Whether users see it today.
    public var isActive: Bool
    /// Position in lists.
    public var displayOrder: Int?
    /// Typical time for the whole chain.
    public var estimatedTimeSeconds: Int?
    /// Its picture.
    public var thumbnailUrl: String?
    /// What the user fills in.
    public var userInputFields: [UserInputField]
    /// The model calls, in order.
    public var steps: [WorkflowStep]

    /// Creates a workflow.
    public init(
        id: String, name: String, description: String? = nil, category: String? = nil, isActive: Bool = true,
        displayOrder: Int? = nil, estimatedTimeSeconds: Int? = nil, thumbnailUrl: String? = nil,
        userInputFields: [UserInputField] = [], steps: [WorkflowStep]
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.category = category
        self.isActive = isActive
        self.displayOrder = displayOrder
        self.estimatedTimeSeconds = estimatedTimeSeconds
        self.thumbnailUrl = thumbnailUrl
        self.userInputFields = userInputFields
        self.steps = steps
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, category, isActive, displayOrder, estimatedTimeSeconds, thumbnailUrl, userInputFields, steps
    }

    /// Decodes SPEC's JSON; optional collections may be absent or `null`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        category = try c.decodeIfPresent(String.self, forKey: .category)
        isActive = try c.decodeIfPresent(Bool.self, forKey: .isActive) ?? true
        displayOrder = try c.decodeIfPresent(Int.self, forKey: .displayOrder)
        estimatedTimeSeconds = try c.decodeIfPresent(Int.self, forKey: .estimatedTimeSeconds)
        thumbnailUrl = try c.decodeIfPresent(String.self, forKey: .thumbnailUrl)
        userInputFields = try c.decodeIfPresent([UserInputField].self, forKey: .userInputFields) ?? []
        steps = try c.decode([WorkflowStep].self, forKey: .steps)
    }
}

/// A field the user fills in when running a workflow.
public struct UserInputField: Sendable, Hashable, Codable {
    /// The kinds of input field.
    public enum FieldType: String, Sendable, Hashable, Codable, CaseIterable {
        /// One line of text.
        case text
        /// Several lines of text.
        case textarea
        /// A number.
        case number
        /// One of `options`.
        case select
        /// On or off.
        case checkbox
        /// Uploaded files.
        case file
    }

    /// The field's name, referenced as `user.<name>`.
    public var name: String
    /// Its kind.
    public var type: FieldType
    /// Its label.
    public var label: String?
    /// Whether the user must fill it in.
    public var required: Bool
    /// The choices of a `select`.
    public var options: [ParameterValue]?
    /// The most files a `file` field takes.
    public var maxFiles: Int?
    /// The value used when the user gives none (a select's first option when absent).
    public var defaultValue: ParameterValue?

    /// Creates a field.
    public init(
        name: String, type: FieldType, label: String? = nil, required: Bool = false, options: [ParameterValue]? = nil,
        maxFiles: Int? = nil, defaultValue: ParameterValue? = nil
    ) {
        self.name = name
        self.type = type
        self.label = label
        self.required = required
        self.options = options
        self.maxFiles = maxFiles
        self.defaultValue = defaultValue
    }

    enum CodingKeys: String, CodingKey {
        case name, type, label, required, options, maxFiles
        case defaultValue = "default"
    }

    /// Decodes SPEC's JSON; `required` defaults to `false`. Select options may be plain
    /// values or `{"value": …, "label": …}` objects, as form builders export them.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(FieldType.self, forKey: .type)
        label = try c.decodeIfPresent(String.self, forKey: .label)
        required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? false
        let rawOptions = try c.decodeIfPresent([ParameterValue].self, forKey: .options)
        options = rawOptions?.map { option in
            if case .object(let o) = option, let value = o["value"] { return value }
            return option
        }
        maxFiles = try c.decodeIfPresent(Int.self, forKey: .maxFiles)
        defaultValue = try c.decodeIfPresent(ParameterValue.self, forKey: .defaultValue)
    }
}

/// One model call of a workflow.
public struct WorkflowStep: Sendable, Hashable, Codable {
    /// Its position, from 1; mappings name earlier steps by it.
    public var stepNumber: Int
    /// Its display name.
    public var stepName: String?
    /// The model it calls.
    public var modelRecordId: String
    /// The prompt, with `{{user.<field>}}` and `{{step<N>.<outputKey>}}` placeholders.
    public var promptTemplate: String?
    /// Static parameter values.
    public var parameters: [String: ParameterValue]
    /// Model parameter → `user.<field>` or `step<N>.<outputKey>`.
    public var inputMappings: [String: String]
    /// The name under which later steps read this step's output.
    public var outputKey: String?

    /// Creates a step.
    public init(
        stepNumber: Int, stepName: String? = nil, modelRecordId: String, promptTemplate: String? = nil,
        parameters: [String: ParameterValue] = [:], inputMappings: [String: String] = [:], outputKey: String? = nil
    ) {
        self.stepNumber = stepNumber
        self.stepName = stepName
        self.modelRecordId = modelRecordId
        self.promptTemplate = promptTemplate
        self.parameters = parameters
        self.inputMappings = inputMappings
        self.outputKey = outputKey
    }

    enum CodingKeys: String, CodingKey {
        case stepNumber, stepName, modelRecordId, promptTemplate, parameters, inputMappings, outputKey
    }

    /// Decodes SPEC's JSON; optional collections may be absent or `null`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stepNumber = try c.decode(Int.self, forKey: .stepNumber)
        stepName = try c.decodeIfPresent(String.self, forKey: .stepName)
        modelRecordId = try c.decode(String.self, forKey: .modelRecordId)
        promptTemplate = try c.decodeIfPresent(String.self, forKey: .promptTemplate)
        parameters = try c.decodeIfPresent([String: ParameterValue].self, forKey: .parameters) ?? [:]
        inputMappings = try c.decodeIfPresent([String: String].self, forKey: .inputMappings) ?? [:]
        outputKey = try c.decodeIfPresent(String.self, forKey: .outputKey)
    }
}

/// Where a step's input mapping points.
public enum MappingSource: Sendable, Hashable {
    /// `user.<field>`.
    case userField(String)
    /// `step<N>.<outputKey>`.
    case stepOutput(step: Int, outputKey: String)

    /// Parses `user.style` or `step1.image`; `nil` for anything else.
    public init?(_ text: String) {
        guard let dot = text.firstIndex(of: ".") else { return nil }
        let head = text[..<dot], tail = String(text[text.index(after: dot)...])
        guard !tail.isEmpty else { return nil }
        if head == "user" { self = .userField(tail); return }
        if head.hasPrefix("step"), let n = Int(head.dropFirst(4)) { self = .stepOutput(step: n, outputKey: tail); return }
        return nil
    }
}
